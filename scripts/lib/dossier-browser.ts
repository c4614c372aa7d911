/**
 * For the dossier's browser benchmarks: the dossier page of the extension loaded in `context`,
 * with a dossier file imported through the page's own Import (it waits for "Imported:"), the tab
 * then brought to the front.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Opens the dossier page and imports the file at `filePath`; the page, ready, and the extension's id. */
export async function importIntoDossier(context: BrowserContext, filePath: string): Promise<{ page: Page; id: string }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dossier.html`);
  await page.locator('[data-testid="dossier"][data-state="ready"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('import-file').setInputFiles(filePath);
  await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported:' }).waitFor({ timeout: 300_000 });
  // After setInputFiles the tab's frames came about once a second: brought to the front, 60 a second again.
  await page.bringToFront();
  return { page, id };
}
