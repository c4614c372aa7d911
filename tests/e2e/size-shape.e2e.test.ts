/**
 * Pages of extreme size and shape in real Chromium (#11), generated (tests/support/generated-pages.ts):
 * a 5 MB page and a 100k-word article give a card within 3 s of the click (median of 3 runs;
 * asserted at 3x, so a loaded 2-core machine does not flake), and 10k-deep nesting, a million tiny
 * elements, a frameset, an article in shadow DOM and one built by script after load give a card or
 * a clear message within 10 s (asserted at 30 s). The figures, with memory, are printed: the
 * largest renderer's resident memory before the click and its peak while the card is made
 * (asserted: the card adds under 1 GB), and the worker's JS heap.
 */
import { loadavg } from 'node:os';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as pages from '../support/generated-pages';
import { ActionPopup } from './support/action-popup';
import { describeE2E, useSession } from './support/browser';
import { getCached, tabIdOf } from './support/extension';
import { sampleMemory, startGeneratedServer, type GeneratedServer } from './support/life';

const figures: string[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describeE2E('size and shape', () => {
  const s = useSession();
  let gen: GeneratedServer;
  let opened = 0;
  beforeAll(async () => {
    gen = await startGeneratedServer();
    // The first card of a session compiles the worker's tables: made once here, so the timed
    // cards measure the pages, not the start.
    await card('warm-up', pages.newsPage('Warm-up story', 300));
  });
  afterAll(async () => {
    console.log(
      `[size-shape, Chromium] load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n${figures.join('\n')}`,
    );
    await gen?.close();
  });

  /** Loads `html` in a new tab, then times the real popup from the click to a settled card. */
  async function card(name: string, html: string, settleTimeoutMs = 30_000) {
    const url = gen.add(`${name}-${++opened}`, html);
    const page = await s.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const tabId = await tabIdOf(s, url);
    // The reader clicks a page they see: wait for its first frame (a million elements take the
    // page's own renderer seconds to lay out, which no extension can shorten).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    const { value: popup, ...memory } = await sampleMemory(s, async () => {
      const started = Date.now();
      const popup = await ActionPopup.open(s, tabId, { settleTimeoutMs });
      return Object.assign(popup, { ms: Date.now() - started });
    });
    const ms = popup.ms;
    const state = await popup.state();
    const headline = (await popup.texts('.state-headline'))[0] ?? '';
    const reason = (await popup.attributes('[data-reason]', 'data-reason'))[0] ?? null;
    const cached = await getCached(s, tabId);
    await popup.close();
    await page.close();
    return { ms, state, headline, reason, title: cached?.ok ? cached.summary.title : null, engineMs: cached?.ok ? cached.engineMs : null, memory };
  }

  test.each([
    ['5 MB of HTML', () => pages.heavyPage('Ministers sign a charter on heavy pages'), 'Ministers sign a charter on heavy pages'],
    ['a 100k-word article', () => pages.longArticlePage('A hundred thousand words on trade'), 'A hundred thousand words on trade'],
  ])(
    '%s: the card within 3 s of the click (median of 3)',
    async (what, make, title) => {
      const html = make();
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await card(what.replace(/\W+/g, '-'), html));
      for (const r of runs) expect([r.state, r.title]).toEqual(['ok', title]);
      const ms = median(runs.map((r) => r.ms));
      const added = Math.max(...runs.map((r) => r.memory.peakMb - r.memory.beforeMb));
      figures.push(
        `${what} (${(html.length / 1e6).toFixed(2)} MB): click to card ${runs.map((r) => r.ms).join(', ')} ms, median ${ms} (of which the engine ${runs.map((r) => r.engineMs).join(', ')} ms); largest renderer ${runs.map((r) => `${r.memory.beforeMb}->${r.memory.peakMb}`).join(', ')} MB (before the click -> peak during it), worker heap ${runs.map((r) => r.memory.workerHeapMb).join(', ')} MB`,
      );
      expect(ms).toBeLessThan(9_000);
      expect(added).toBeLessThan(1024);
    },
    120_000,
  );

  test.each([
    // Chromium's parser stops nesting at 512 levels; past the 250-level cap either way.
    ['10k-deep nesting', () => pages.deepPage('A deep page'), /^error$/],
    ['a million tiny elements', () => pages.manyElementsPage('A million elements'), /^error$/],
    [
      'a frameset',
      () =>
        pages.framesetPage('Frames', [
          gen.add('frame-left', pages.newsPage('The left frame', 300, 21)),
          gen.add('frame-right', pages.newsPage('The right frame', 300, 22)),
        ]),
      /^not-article$/,
    ],
    // Read from the open shadow root (engine/extract/shadow.ts); "not an article" before.
    ['an article in declarative shadow DOM', () => pages.shadowPage('A story in shadow DOM'), /^ok$/],
    ['an article in shadow DOM attached by script', () => pages.shadowPage('A story in shadow DOM', 'script'), /^ok$/],
    ['an article built by script after load', () => pages.scriptBuiltPage('A story built after load'), /^ok$/],
  ])(
    '%s: a card or a clear message within 10 s',
    async (what, make, states) => {
      const html = make();
      const r = await card(what.replace(/\W+/g, '-'), html);
      figures.push(
        `${what} (${(html.length / 1e6).toFixed(2)} MB): ${r.state}${r.reason ? ` (${r.reason})` : ''} in ${r.ms} ms${r.title ? `, "${r.title}"` : `, "${r.headline}"`}; largest renderer ${r.memory.beforeMb}->${r.memory.peakMb} MB, worker heap ${r.memory.workerHeapMb} MB`,
      );
      expect(r.state).toMatch(states);
      // A clear message: its own reason, never the catch-all "failed".
      if (r.state !== 'ok') expect(r.reason).toMatch(/too-large|not-article/);
      expect(r.ms).toBeLessThan(30_000);
      // What the card adds (a million elements cost the page's own renderer 3 GB before any click).
      expect(r.memory.peakMb - r.memory.beforeMb).toBeLessThan(1024);
    },
    120_000,
  ); // a million elements take the page itself 10-25 s to load and lay out here
});
