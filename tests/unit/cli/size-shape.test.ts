/**
 * Pages of extreme shape through the CLI (runCli in-process): each ends in a card or a clear
 * message, in bounded time and memory (#11). (The 5 MB page and the 100k-word article are timed in
 * Chromium, size-shape.e2e.test.ts; their CLI figures are in the README.) The pages are generated (tests/support/
 * generated-pages.ts). Time limits are 3x the 10 s target, so a loaded 2-core machine does not
 * flake; the figures measured are printed for the record.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../../scripts/lib/cli';
import * as pages from '../../support/generated-pages';

const dir = mkdtempSync(join(tmpdir(), 'kootniti-shape-'));
const figures: string[] = [];
afterAll(() => console.log(`[size-shape, CLI] ${figures.join('; ')}`));

/** Runs the CLI on `html` as a file; its answer, the time it took and the process's peak RSS after it. */
async function run(name: string, html: string) {
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runCli([path, '--json'], {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  const ms = Math.round(performance.now() - started);
  // maxRSS is the peak of the whole test process so far (KB): a bound on this page's, never less.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  figures.push(`${name} ${(html.length / 1e6).toFixed(2)} MB: exit ${code} in ${ms} ms, peak RSS ${peakMb} MB`);
  return { code, title: code === 0 ? (JSON.parse(stdout) as { title: string }).title : null, stderr, ms, peakMb };
}

const LIMIT_MS = 30_000;
const LIMIT_MB = 1024;

describe('size and shape in the CLI', () => {
  test.each([
    ['deep', () => pages.deepPage('A deep page'), /too large to read: elements nested more than 250 deep/],
    ['million', () => pages.manyElementsPage('A million elements'), /too large to read: about 1,000,\d{3} elements \(the limit is 50,000\)/],
  ])('%s: refused before jsdom builds it, with the reason', async (name, make, message) => {
    const r = await run(name, make());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Summarise selection/);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.peakMb).toBeLessThan(LIMIT_MB);
  });

  test.each([
    ['frameset', () => pages.framesetPage('Frames', ['left.html', 'right.html']), /frameset: its text is in the pages of its frames/],
    // Read from the template jsdom keeps (engine/extract/shadow.ts); "not an article" before.
    ['shadow-declarative', () => pages.shadowPage('A story in shadow DOM'), 'A story in shadow DOM'],
    // The CLI runs no page scripts: these two have no article to read, and say why.
    ['shadow-script', () => pages.shadowPage('A story in shadow DOM', 'script'), /written by its scripts, which the command-line tool does not run/],
    ['built-by-script', () => pages.scriptBuiltPage('A story built after load'), /written by its scripts/],
  ])('%s: a card or a clear message, in time', async (name, make, expected) => {
    const r = await run(name, make());
    if (typeof expected === 'string') expect([r.code, r.title]).toEqual([0, expected]);
    else {
      expect(r.stderr).toMatch(/^kootniti: .*No article found on this page \(it has too little running text\)/);
      expect(r.stderr).toMatch(expected);
    }
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.peakMb).toBeLessThan(LIMIT_MB);
  });
});
