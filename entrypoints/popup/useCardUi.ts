/**
 * The reader's choices on cards, remembered for the browser session in storage.session: whether
 * lines show their terms and translations (for every card), and which sections are open (per page).
 * The stored form and its schema are utils/card-ui.ts.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type CardUi, cardUiFor, readStoredUi, writeStoredUi } from '@/utils/card-ui';
import { cardUiItem } from '@/utils/storage';

/** The choices for the card of `page` (null until read for that page), and where changes go. */
export function useCardUi(page: string | null): { ui: CardUi | null; save: (ui: CardUi) => void } {
  // The choices and the page they were read for: another page's never show, not even for a render.
  const [state, setState] = useState<{ page: string | null; ui: CardUi } | null>(null);
  useEffect(() => {
    let live = true;
    void cardUiItem
      .getValue()
      .catch(() => null)
      .then((value) => {
        if (!live) return;
        setState({ page, ui: cardUiFor(readStoredUi(value), page) });
      });
    return () => {
      live = false;
    };
  }, [page]);
  const save = useCallback(
    (next: CardUi) => {
      setState({ page, ui: next });
      if (page === null) return;
      void cardUiItem
        .getValue()
        .catch(() => null)
        .then((value) => cardUiItem.setValue(writeStoredUi(readStoredUi(value), page, next)))
        .catch(() => {
          // A full session store only means the choice is not remembered.
        });
    },
    [page],
  );
  return { ui: state && state.page === page ? state.ui : null, save };
}
