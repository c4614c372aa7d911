/**
 * `npm test`: every check, in the order that fails fastest, with the time each step took.
 *
 *   typecheck → lint → check:data → unit tests → the e2e builds → e2e specs ‖ lint:firefox
 *
 * The e2e specs (one browser at a time) spend most of their time waiting on the browser,
 * so the Firefox lint (a build and web-ext lint, CPU-bound) runs beside them; its output is held
 * and printed once the specs end. It starts after the e2e builds, so no two WXT builds ever write
 * .wxt/ at once. The first failing step stops the sequence; the exit code is non-zero if any failed.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const npmRun = (script: string): Step => ({ name: script, command: 'npm', args: ['run', '--silent', script] });
const bin = (name: string, command: string, ...args: string[]): Step => ({ name, command: `node_modules/.bin/${command}`, args });

const SEQUENCE: Step[] = [
  npmRun('typecheck'),
  npmRun('lint'),
  npmRun('check:data'),
  bin('unit tests', 'vitest', 'run'),
  bin('e2e build (Chromium)', 'wxt', 'build', '--mode', 'e2e'),
  bin('e2e build (Firefox)', 'wxt', 'build', '-b', 'firefox', '--mode', 'e2e'),
];
const E2E = bin('e2e specs', 'vitest', 'run', '--config', 'vitest.e2e.config.ts');
const LINT = npmRun('lint:firefox');

interface Outcome {
  name: string;
  code: number;
  seconds: number;
}

/** Runs a step; its output goes straight through, or is collected when `hold` is set. */
function run(step: Step, hold = false): Promise<Outcome & { output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const done = (code: number) => resolve({ name: step.name, code, seconds: (performance.now() - started) / 1000, output });
    child.on('error', (e) => {
      output += `${e.message}\n`;
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

function summary(outcomes: Outcome[], totalSeconds: number): void {
  console.log('\nnpm test');
  for (const o of outcomes) console.log(`  ${o.code === 0 ? 'ok    ' : 'FAILED'} ${o.name.padEnd(22)} ${o.seconds.toFixed(1).padStart(6)} s`);
  console.log(`  total ${totalSeconds.toFixed(1)} s (the e2e specs and lint:firefox side by side)`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const outcomes: Outcome[] = [];
  const total = () => (performance.now() - started) / 1000;
  for (const step of SEQUENCE) {
    const o = await run(step);
    outcomes.push(o);
    if (o.code !== 0) {
      summary(outcomes, total());
      return o.code;
    }
  }
  const lint = run(LINT, true);
  const e2e = await run(E2E);
  const linted = await lint;
  process.stdout.write(`\n${linted.output}`);
  outcomes.push(e2e, linted);
  summary(outcomes, total());
  return e2e.code || linted.code;
}

main().then((code) => {
  process.exitCode = code;
});
