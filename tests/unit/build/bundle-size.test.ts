// @vitest-environment node
/**
 * Bundle budgets, on a production build of the Chrome extension made into a scratch folder (in a
 * child process: WXT keeps global state, and this process already runs WXT's vitest plugin):
 *
 * - the popup's own JS, gzipped: its entry chunk and every chunk it imports statically (what the
 *   popup loads at start; the page lists the same chunks as modulepreloads) ≤ POPUP_BUDGET. The
 *   chunks it loads later with `import()` (the model's code, the copy renderers) are reported apart;
 * - the provider code (utils/translate/provider/) is in none of the popup's start chunks, and in a
 *   chunk the popup imports dynamically;
 * - the dossier page's start chunks hold none of the glossary (the search's code, loaded after the
 *   first paint with `import()`, has it);
 * - the extraction script, gzipped ≤ EXTRACT_BUDGET;
 * - the background worker, reported (it carries the engine's data: no budget yet).
 *
 * Sizes are zlib level 9 (`gzip -9`), KB = 1,024 bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';

/** The popup's start JS, gzipped. */
const POPUP_BUDGET = 30 * 1024;
/** The extraction script injected into pages, gzipped. */
const EXTRACT_BUDGET = 45 * 1024;

/** A string only the compiled glossary has (its first English forms: engine/compiled/glossary-index.generated.ts). */
const GLOSSARY_MARKER = '2+2 dialogue|two-plus-two dialogue';

/** Strings only the provider code has: the chat-completions path and the translation prompt. */
const PROVIDER_MARKERS = ['/chat/completions', 'Answer with exactly one line per input line'];

const BUILD = `import { build } from 'wxt'; await build({ browser: 'chrome', outDir: process.argv[1], mode: 'production' });`;

let outDir = '';
let dir = '';

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Chunks a chunk imports: static (`import … from "./x.js"`, `import "./x.js"`, `export … from`) and dynamic (`import("./x.js")`). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = read(file);
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const resolve = (spec: string) => folder + spec.replace(/^\.\//, '');
  const staticImports = [...code.matchAll(/\b(?:import|export)\s*(?:[^()'"`;]*?\bfrom\s*)?["'`](\.\/[\w.-]+\.js)["'`]/g)].map((m) => resolve(m[1] ?? ''));
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`](\.\/[\w.-]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1] ?? ''));
  return { static: [...new Set(staticImports)], dynamic: [...new Set(dynamicImports)] };
}

/** `entry` and every chunk it imports statically, transitively. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file).static.forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** An extension page's entry script and its modulepreloads, as paths in the build. */
function popupPage(page = 'popup.html'): { entry: string; preloads: string[] } {
  const html = read(page);
  const entry = /<script type="module"[^>]*\ssrc="\/([^"]+)"/.exec(html)?.[1] ?? '';
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  return { entry, preloads };
}

const sum = (files: readonly string[]) => files.reduce((total, f) => total + gz(f), 0);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'kootniti-size-'));
  // NODE_ENV as `wxt build` has it: vitest sets it to 'test', which would keep development-only code in.
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', BUILD, outDir], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production' },
  });
  dir = join(outDir, 'chrome-mv3');
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('the popup page preloads exactly the chunks its entry imports statically', () => {
  const { entry, preloads } = popupPage();
  expect(entry).toMatch(/^chunks\/popup-[\w-]+\.js$/);
  expect(staticClosure(entry).sort()).toEqual([entry, ...preloads].sort());
});

test(`the popup's start JS is at most ${kb(POPUP_BUDGET)} gzipped; the provider and copy code load later`, () => {
  const { entry } = popupPage();
  const start = staticClosure(entry);
  const lazy = [...new Set(start.flatMap((f) => importsOf(f).dynamic))].filter((f) => !start.includes(f));
  // Each lazy chunk with what it brings that the popup has not loaded yet.
  const lazyParts = lazy.map((f) => ({ entry: f, files: staticClosure(f).filter((g) => !start.includes(g)) }));
  const hasProvider = (files: readonly string[]) => files.some((f) => PROVIDER_MARKERS.some((m) => read(f).includes(m)));
  const startSize = sum(start);

  const rows = [
    ...start.map((f) => [`  ${f}`, gz(f)] as const),
    ['popup at start', startSize] as const,
    ...lazyParts.map((p) => [`later: ${p.files.join(' + ')}`, sum(p.files)] as const),
  ];
  console.log(`\nchrome-mv3, gzipped (level 9)\n${rows.map(([name, size]) => `${kb(size).padStart(9)}  ${name}`).join('\n')}`);

  expect(hasProvider(start), 'no provider code among the popup start chunks').toBe(false);
  expect(
    lazyParts.some((p) => hasProvider(p.files)),
    'the provider code is in a chunk the popup imports dynamically',
  ).toBe(true);
  expect(startSize, `the popup's start JS (${kb(startSize)})`).toBeLessThanOrEqual(POPUP_BUDGET);
});

test(`the extraction script is at most ${kb(EXTRACT_BUDGET)} gzipped; the background is reported`, () => {
  const extract = gz('extract.js');
  const background = gz('background.js');
  const chunks = readdirSync(join(dir, 'chunks'));
  console.log(
    `${kb(extract).padStart(9)}  extract.js\n${kb(background).padStart(9)}  background.js (engine data included; no budget)\n${String(chunks.length).padStart(9)}  chunks in all`,
  );
  expect(extract, `extract.js (${kb(extract)})`).toBeLessThanOrEqual(EXTRACT_BUDGET);
  expect(background).toBeGreaterThan(0);
});

test("the dossier page starts without the glossary: the search's code loads after its first paint", () => {
  const { entry } = popupPage('dossier.html');
  const start = staticClosure(entry);
  const lazy = [...new Set(start.flatMap((f) => importsOf(f).dynamic))].filter((f) => !start.includes(f));
  const size = sum(start);
  console.log(`${kb(size).padStart(9)}  dossier page at start (${start.length} chunks)`);
  expect(start.filter((f) => read(f).includes(GLOSSARY_MARKER))).toEqual([]);
  expect(lazy.some((f) => staticClosure(f).some((g) => read(g).includes(GLOSSARY_MARKER)))).toBe(true);
});
