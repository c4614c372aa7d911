/**
 * The reader's choices on cards, remembered for the browser session in storage.session: whether
 * lines show their terms and translations (for every card), and which sections are open (per page).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { type CardUi, DEFAULT_CARD_UI } from '@/components/SummaryCard';
import { CARD_UI_KEY } from '@/utils/session-keys';
import { isTopicId } from '@/engine/topics/taxonomy';

/** Pages whose open sections are remembered; the oldest are forgotten first. */
export const MAX_REMEMBERED_PAGES = 50;

/** What is stored: the two switches, and the open sections by page URL (oldest first). */
interface StoredUi {
  terms: boolean;
  translations: boolean;
  expanded: [string, string[]][];
}

/** Reads a stored value (untrusted) into its shape; anything odd becomes the defaults. */
export function readStoredUi(value: unknown): StoredUi {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const expanded = Array.isArray(v.expanded)
    ? v.expanded
        .filter((e): e is [string, unknown[]] => Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]))
        .map(([url, topics]): [string, string[]] => [url, topics.filter(isTopicId)])
        .slice(-MAX_REMEMBERED_PAGES)
    : [];
  return {
    terms: typeof v.terms === 'boolean' ? v.terms : DEFAULT_CARD_UI.terms,
    translations: typeof v.translations === 'boolean' ? v.translations : DEFAULT_CARD_UI.translations,
    expanded,
  };
}

/** Stores a page's choices: the page moves to the newest end, and the list stays capped. */
export function writeStoredUi(stored: StoredUi, page: string, ui: CardUi): StoredUi {
  const expanded = stored.expanded.filter(([url]) => url !== page);
  if (ui.expanded.length) expanded.push([page, ui.expanded]);
  return { terms: ui.terms, translations: ui.translations, expanded: expanded.slice(-MAX_REMEMBERED_PAGES) };
}

/** The choices for the card of `page` (null until read for that page), and where changes go. */
export function useCardUi(page: string | null): { ui: CardUi | null; save: (ui: CardUi) => void } {
  // The choices and the page they were read for: another page's never show, not even for a render.
  const [state, setState] = useState<{ page: string | null; ui: CardUi } | null>(null);
  useEffect(() => {
    let live = true;
    void storage
      .getItem(CARD_UI_KEY)
      .catch(() => null)
      .then((value) => {
        if (!live) return;
        const stored = readStoredUi(value);
        const open = stored.expanded.find(([url]) => url === page)?.[1] ?? [];
        setState({ page, ui: { terms: stored.terms, translations: stored.translations, expanded: open.filter(isTopicId) } });
      });
    return () => {
      live = false;
    };
  }, [page]);
  const save = useCallback(
    (next: CardUi) => {
      setState({ page, ui: next });
      if (page === null) return;
      void storage
        .getItem(CARD_UI_KEY)
        .catch(() => null)
        .then((value) => storage.setItem(CARD_UI_KEY, writeStoredUi(readStoredUi(value), page, next)))
        .catch(() => {
          // A full session store only means the choice is not remembered.
        });
    },
    [page],
  );
  return { ui: state && state.page === page ? state.ui : null, save };
}
