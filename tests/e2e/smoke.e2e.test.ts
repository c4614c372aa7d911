/** The e2e build loads: its service worker runs and the fixture server answers. */
import { expect, test } from 'vitest';
import { describeE2E, useSession } from './support/browser';
import type { WorkerScope } from './support/extension';

describeE2E('smoke', () => {
  const s = useSession();

  test('the extension service worker runs, with the e2e host permission', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await s.worker.evaluate(() => (globalThis as unknown as WorkerScope).chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  test('a fixture page loads from the local server', async () => {
    const page = await s.context.newPage();
    await page.goto(s.server.pageUrl('en-wire-report'));
    await expect(page.title()).resolves.toContain('India, Britain agree');
    await page.close();
  });
});
