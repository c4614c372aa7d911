/**
 * `npm run bench:popup`: how long the real toolbar popup takes to show its card, against the
 * browser's own floor for opening an extension popup, measured in one run on Debian's Chromium.
 *
 * Each sample is `chrome.action.openPopup()` (what a toolbar click does), called in the
 * extension's service worker, to the first frame painted after the popup's content is there:
 * - cold: the first card after the browser started (fresh profile, a fresh worker: the engine's
 *   tables compile, the page is read, the popup's code loads for the first time);
 * - warm: the same tab's card reopened (cached by the worker; the popup renders it);
 * - blank: the same extension's action pointed at an empty page (`bench-blank.html`, no script,
 *   no style) for that one open with `chrome.action.setPopup()`: what any popup costs here.
 *   Blank and warm opens alternate, in the same browser, after the cold card;
 * - blank, first: an empty popup as the first popup after a browser start (its own browser), for
 *   comparing with cold.
 * The popup is paused as it is created (CDP auto-attach), handed a probe that notes the time its
 * content is in the DOM (a MutationObserver on the card's `data-state`, or the blank page's one
 * element) and the next frame after it (two requestAnimationFrame callbacks), then let go. All
 * times are `Date.now()` in the browser, so the driver's polling never counts. The hold costs
 * nothing we could see: the blank popup's first-contentful-paint came out the same, within the
 * noise, with every popup held and with none held (checked by hand; the renderer answers the
 * probe's commands as soon as it is up).
 *
 *   npm run bench:popup                       (builds the e2e variant, then runs this)
 *   tsx scripts/bench-popup.ts [--runs 5] [--warm 5] [--json] [--extension DIR]
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './lib/chromium';
import { BLANK, Browser, type Sample } from './lib/popup-browser';
import { SAMPLE } from './lib/sample';

/** The e2e build: its host permission for 127.0.0.1 lets the worker read the page without a real click. */
const argv = process.argv.slice(2);
/** `--extension DIR`: another build (a copy of an older .output/chrome-mv3-e2e: a same-session baseline). */
const BUILD = resolve(process.cwd(), argv.includes('--extension') ? (argv[argv.indexOf('--extension') + 1] ?? '') : '.output/chrome-mv3-e2e');
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return n;
};
const RUNS = flag('runs', 5);
const WARM = flag('warm', 5);
const JSON_ONLY = argv.includes('--json');

/** The e2e build, copied to a scratch folder with the blank page beside popup.html. */
function extensionWithBlank(): string {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`${BUILD} is missing: run \`wxt build --mode e2e\` (npm run bench:popup does)`);
  const dir = mkdtempSync(join(tmpdir(), 'kootniti-bench-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(
    join(dir, BLANK),
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p id="bench-blank">.</p></body></html>\n',
  );
  return dir;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function main(): Promise<void> {
  const extension = extensionWithBlank();
  const html = readFileSync(SAMPLE);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const samples: Record<'cold' | 'warm' | 'blank' | 'blankFirst', Sample[]> = { cold: [], warm: [], blank: [], blankFirst: [] };
  const expect = (s: Sample, state: string) => {
    if (s.state !== state) throw new Error(`the popup showed "${s.state}", not "${state}"`);
    return s;
  };
  try {
    for (let run = 1; run <= RUNS; run++) {
      if (!JSON_ONLY) process.stderr.write(`run ${run}/${RUNS}\n`);
      const browser = await Browser.launch(extension);
      try {
        await browser.openArticle(articleUrl);
        samples.cold.push(expect(await browser.open('popup.html'), 'ok'));
        for (let k = 0; k < WARM; k++) {
          samples.blank.push(expect(await browser.open(BLANK), 'blank'));
          samples.warm.push(expect(await browser.open('popup.html'), 'ok'));
        }
      } finally {
        await browser.close();
      }
      const fresh = await Browser.launch(extension);
      try {
        await fresh.openArticle(articleUrl);
        samples.blankFirst.push(expect(await fresh.open(BLANK), 'blank'));
      } finally {
        await fresh.close();
      }
    }
  } finally {
    server.close();
    rmSync(extension, { recursive: true, force: true });
  }
  report(samples);
}

function report(samples: Record<'cold' | 'warm' | 'blank' | 'blankFirst', Sample[]>): void {
  const row = (xs: Sample[]) => ({
    n: xs.length,
    medianMs: median(xs.map((s) => s.painted)),
    minMs: Math.min(...xs.map((s) => s.painted)),
    maxMs: Math.max(...xs.map((s) => s.painted)),
    docStartMs: median(xs.map((s) => s.docStart)),
    inDomMs: median(xs.map((s) => s.ready)),
  });
  const rows = { blank: row(samples.blank), warm: row(samples.warm), cold: row(samples.cold), blankFirst: row(samples.blankFirst) };
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const ratios = {
    warmOverBlank: ratio(rows.warm.medianMs, rows.blank.medianMs),
    coldOverBlank: ratio(rows.cold.medianMs, rows.blank.medianMs),
    coldOverBlankFirst: ratio(rows.cold.medianMs, rows.blankFirst.medianMs),
  };
  if (JSON_ONLY) {
    console.log(JSON.stringify({ runs: RUNS, warmPerRun: WARM, rows, ratios }, null, 2));
    return;
  }
  const label = { blank: 'blank popup', warm: 'warm card (cached)', cold: 'cold card (first after start)', blankFirst: 'blank popup, first after start' };
  console.log(
    `\nThe real action popup in ${CHROMIUM}: chrome.action.openPopup() to the first frame after the content (ms; ${RUNS} browser starts, ${WARM} warm and blank opens each)\n`,
  );
  console.log('| popup | n | median | min | max | document starts | content in DOM |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [key, r] of Object.entries(rows)) {
    console.log(`| ${label[key as keyof typeof label]} | ${r.n} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.docStartMs} | ${r.inDomMs} |`);
  }
  console.log('\n(medians; "document starts": the popup document\'s timeOrigin; "content in DOM": the card settled, or the blank page parsed)');
  const verdict = (x: number, target: number) => `${x}× (target ≤ ${target}×: ${x <= target ? 'met' : 'not met'})`;
  console.log(`\nwarm / blank: ${verdict(ratios.warmOverBlank, 1.5)}`);
  console.log(`cold / blank: ${verdict(ratios.coldOverBlank, 3)}`);
  console.log(`cold / blank, first after start: ${ratios.coldOverBlankFirst}×`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
