/**
 * The CLI as a user runs it, once: `npm run --silent summarize -- - --json` in a child process,
 * a Hindi text on standard input, JSON alone on stdout (pipeable to jq), exit code 0. Every other
 * behaviour is tested in-process (summarize.test.ts): one spawn here costs seconds.
 */
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { HINDI_TEXT } from './hindi-text';

function npmRun(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'summarize', '--', ...args], { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

test('npm run summarize reads standard input and prints only JSON', async () => {
  const r = await npmRun(['-', '--json'], HINDI_TEXT);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.schemaVersion).toBe(1);
  expect(json.title).toBe('भारत और रूस ने रक्षा सहयोग पर बातचीत की');
  expect(json.sentences.length).toBe(4);
}, 30_000);
