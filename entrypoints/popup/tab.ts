/** Which tab the popup summarises: `?tabId=N` (the context-menu window), else the active tab. */

/** The `tabId` query parameter as a tab id, or null when absent or not a whole number ≥ 0. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab to summarise, or null when there is none (e.g. no active tab in this window). */
export async function resolveTabId(search: string, queryActive: () => Promise<{ id?: number }[]>): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  try {
    const [tab] = await queryActive();
    return typeof tab?.id === 'number' ? tab.id : null;
  } catch {
    return null;
  }
}
