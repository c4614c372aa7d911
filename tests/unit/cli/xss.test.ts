/**
 * The CLI, in-process, on every hostile page (tests/support/xss-pages.ts): each page is summarised
 * (exit 0, nothing on stderr), its --markdown stays text when read by CommonMark + GFM with raw
 * HTML allowed, and its terminal card carries no control character but the card's own styling.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../scripts/lib/cli';
import { activeHtml, controlChars, markdownToHtml } from '../../support/xss-checks';
import { UNIT_ORIGIN, xssPayloads } from '../../support/xss-payloads';
import { buildXssPages, type XssPage } from '../../support/xss-pages';

const dir = mkdtempSync(join(tmpdir(), 'kootniti-xss-'));
const PAGES = buildXssPages(xssPayloads(UNIT_ORIGIN));

/** The page's canonical link as the card's source: an absolute http(s) URL, else none. */
function sourceOf(page: XssPage): string | null {
  const id = page.plantings.find((x) => x.placement === 'canonical')?.id;
  const href = page.payloads.find((p) => p.id === id)?.text.trim() ?? '';
  return URL.canParse(href) && /^https?:$/.test(new URL(href).protocol) ? new URL(href).href : null;
}

async function run(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s), isTTY: tty, columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe.each(PAGES.map((p) => [p.slug, p] as const))('%s', (slug, page) => {
  const file = join(dir, `${slug}.html`);
  writeFileSync(file, page.html);

  test('--markdown: exit 0, and the Markdown makes no element, attribute or link of the page', async () => {
    const r = await run([file, '--markdown']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = markdownToHtml(r.stdout);
    // The only link: the page's canonical address, when it is an absolute http(s) URL (a relative
    // one names no place: a file has no address of its own).
    expect(activeHtml(html, sourceOf(page))).toEqual([]);
    expect(html).toMatch(/^<h1>/);
  });

  test('the terminal card (coloured, as on a TTY): no control character from the page', async () => {
    const r = await run([file], true);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u001b[1m');
    expect(controlChars(r.stdout, { sgr: true })).toEqual([]);
  });
});

test('an <iframe> inside <svg> before another iframe: the page is still summarised', async () => {
  // jsdom counted the SVG iframe among the window's frames and threw closing the window.
  const prose =
    '<p>The two foreign ministers reviewed defence cooperation, trade and energy ties in detail during their long meeting in the capital on Monday.</p>';
  const file = join(dir, 'svg-iframe.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>${prose.repeat(4)}<svg><iframe></iframe></svg><iframe></iframe></article></body></html>`,
  );
  const r = await run([file]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
