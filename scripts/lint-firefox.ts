/**
 * `npm run lint:firefox`: builds the Firefox add-on and lints it as addons.mozilla.org does, with
 * `web-ext lint`. Errors fail; so do warnings, except those traced (through source maps) to the
 * third-party code listed in scripts/lib/addons-lint.ts, each printed with its source and why.
 *
 * The source maps are "hidden": the .js files are byte for byte those of `wxt build -b firefox`,
 * with a .map beside each, and the maps are deleted when the lint is done.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import webExt from 'web-ext';
import { build } from 'wxt';
import { judge, packageOf, type LintMessage, type Origin } from './lib/addons-lint';

const SOURCE_DIR = resolve(process.cwd(), '.output/firefox-mv2');

function mapFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'));
}

const maps = new Map<string, TraceMap | null>();

/** Where a message's code came from, through the source map beside its file. */
function originOf(m: LintMessage): Origin | null {
  if (!m.file || !m.line || !m.column) return null;
  if (!maps.has(m.file)) {
    const path = join(SOURCE_DIR, `${m.file}.map`);
    maps.set(m.file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(m.file);
  if (!map) return null;
  // addons-linter (ESLint) counts columns from 1, source maps from 0.
  const pos = originalPositionFor(map, { line: m.line, column: m.column - 1 });
  if (!pos.source || pos.line === null) return null;
  const source = pos.source.replace(/^(\.\.\/)+/, '');
  return { source, line: pos.line, pkg: packageOf(source) };
}

const where = (m: LintMessage) => `${m.file ?? '?'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;

async function main(): Promise<number> {
  await build({ browser: 'firefox', vite: () => ({ build: { sourcemap: 'hidden' } }) });
  try {
    const result = await webExt.cmd.lint(
      { sourceDir: SOURCE_DIR, ignoreFiles: ['**/*.map'], output: 'text', boring: !process.stdout.isTTY },
      { shouldExitProgram: false },
    );
    const verdicts = judge([...result.errors, ...result.warnings], originOf);
    const failed = verdicts.filter((v) => v.acceptedBecause === undefined);
    const accepted = verdicts.filter((v) => v.acceptedBecause !== undefined);

    console.log('\nlint:firefox');
    for (const v of accepted) {
      console.log(
        `  accepted  ${v.message.code} in ${where(v.message)} from ${v.origin?.source}:${v.origin?.line}\n            (${v.origin?.pkg}: ${v.acceptedBecause})`,
      );
    }
    for (const n of result.notices) console.log(`  notice    ${n.code} in ${where(n)}: ${n.message}`);
    for (const v of failed) {
      const from = v.origin
        ? `${v.origin.source}:${v.origin.line}${v.origin.pkg ? ` (${v.origin.pkg}, not on the accepted list)` : ' (ours)'}`
        : 'an unknown source';
      console.log(`  FAILED    ${v.message._type} ${v.message.code} in ${where(v.message)} from ${from}: ${v.message.message}`);
    }
    console.log(
      `  ${result.summary.errors} errors, ${result.summary.warnings} warnings (${accepted.length} accepted, from third-party code), ${result.summary.notices} notices: ${failed.length ? 'FAILED' : 'ok'}`,
    );
    return failed.length ? 1 : 0;
  } finally {
    for (const f of mapFiles(SOURCE_DIR)) rmSync(join(SOURCE_DIR, f));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
