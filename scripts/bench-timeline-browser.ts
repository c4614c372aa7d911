/**
 * The timeline of a large thread in real Chromium (the e2e build): imports N generated cards
 * (default 10,000) through the dossier's Import, then times opening each of the three largest
 * threads (the click to the next frame after the timeline is drawn, the page's own clock), with
 * its count of marks.
 *
 *   npx wxt build --mode e2e && npx tsx scripts/bench-timeline-browser.ts [--cards N]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { dossierJson } from '../engine/dossier/transfer';
import { generateCards } from './lib/history-corpus';
import { CHROMIUM, extensionArgs } from './lib/chromium';
import { importIntoDossier } from './lib/dossier-browser';

const countArg = process.argv.indexOf('--cards');
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000;
const EXTENSION = resolve(process.cwd(), '.output/chrome-mv3-e2e');

const profile = mkdtempSync(join(tmpdir(), 'kootniti-bench-timeline-'));
const filePath = `${profile}.json`;
writeFileSync(filePath, dossierJson(generateCards(COUNT), Date.now()));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [...extensionArgs(EXTENSION)],
});
try {
  const { page } = await importIntoDossier(context, filePath);
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('thread-all').click();
    await page.getByTestId('timeline').waitFor({ state: 'detached' });
    // A string, not a function: tsx would wrap the page's named functions in a helper the page lacks.
    const result = (await page.evaluate(`(async () => {
      const button = document.querySelectorAll('[data-testid="thread"]')[${i}];
      const t = performance.now();
      button.click();
      await new Promise((done) => {
        const check = () => (document.querySelector('[data-testid="timeline"]') ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
        check();
      });
      return { thread: button.textContent, ms: performance.now() - t, marks: document.querySelectorAll('[data-testid="timeline-mark"]').length };
    })()`)) as { thread: string; ms: number; marks: number };
    console.log(`${result.thread}: ${result.marks} marks, ${Math.round(result.ms)} ms`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(filePath, { force: true });
}
