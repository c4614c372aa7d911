/** The dossier as the e2e specs use it: save the card a popup shows, open the page, read its database. */
import type { Page } from 'playwright-core';
import type { Session } from './browser';
import type { PopupPage } from './popup-page';

const READY = '[data-testid="dossier"][data-state="ready"]';

/** Saves the popup's card with its Save button (clicked, or pressed with `key`), waits for the row to say so, closes the popup. */
export async function saveFromPopup(popup: PopupPage, key?: 'Enter'): Promise<void> {
  const save = popup.page.getByTestId('save-card');
  await (key ? save.press(key) : save.click());
  await popup.page.locator('[data-testid="copy-status"]', { hasText: 'Saved to your dossier' }).waitFor();
  await popup.page.close();
}

/** Opens `path` (the dossier page, or it with a `?thread=`) in `page`, or a new tab, and waits until it is ready. */
export async function openDossier(s: Session, options: { page?: Page; path?: string; timeout?: number } = {}): Promise<Page> {
  const page = options.page ?? (await s.context.newPage());
  await page.goto(s.extensionUrl(options.path ?? 'dossier.html'));
  await waitReady(page, options.timeout);
  return page;
}

/** Waits until the dossier page in `page` has read its store (after a load or a reload). */
export function waitReady(page: Page, timeout?: number): Promise<void> {
  return page.locator(READY).waitFor(timeout === undefined ? undefined : { timeout });
}

/** Every stored entry or card of the dossier, read in the page out of their packs (in pack order). */
export function readStore<T>(page: Page, store: 'entries' | 'cards'): Promise<T[]> {
  return page.evaluate(
    (what) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('kootniti-dossier');
        open.onsuccess = () => {
          const name = what === 'cards' ? 'cardPacks' : 'entryPacks';
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            // A card pack keeps each card as its JSON text.
            const packs = req.result as { texts?: string[]; entries?: T[] }[];
            resolve(what === 'cards' ? packs.flatMap((p) => (p.texts ?? []).map((t) => JSON.parse(t) as T)) : packs.flatMap((p) => p.entries ?? []));
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}
