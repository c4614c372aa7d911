/**
 * Keys of what the extension keeps in `storage.session`, spelled once: the background writes them,
 * the popup and side panel read and watch them.
 */

/** A tab's cached card (a CacheEntry). */
export const summaryKey = (tabId: number) => `session:summary:${tabId}` as const;

/** The latest progress of a card being made (a Progress). */
export const PROGRESS_KEY = 'session:progress' as const;

/** The reader's choices on cards this browser session (sections opened, terms, translations). */
export const CARD_UI_KEY = 'session:cardUi' as const;
