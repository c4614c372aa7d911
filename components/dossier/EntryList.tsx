/** The saved cards shown, a page at a time (each an EntryCard: title, source, date and language, topics, the overview's lines). */
import type { DossierEntry } from '../../engine/dossier/entry';
import { useI18n } from '../i18n';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import { EntryCard } from './EntryCard';

/**
 * Cards drawn at once; "show more" draws the next ones. Five screens or so: each search redraws
 * them, and 100 took 50–70 ms of a keystroke on a 2-core machine (scripts/profile-dossier-search.ts).
 */
export const PAGE_SIZE = 25;

/** Props: the entries (already filtered and sorted) and how many to draw. */
export interface EntryListProps {
  entries: readonly DossierEntry[];
  limit: number;
  onMore: () => void;
  /** Makes the card's image and shares or downloads it; no button without it. */
  onShare?: (entry: DossierEntry) => Promise<ShareOutcome>;
  /** Deletes the card (after asking, in place); no button without it. */
  onDelete?: (entry: DossierEntry) => void;
  /** While another action runs, Delete waits. */
  busy?: boolean;
}

/** A list of cards; each line links to its sentence in the article (a text fragment). */
export function EntryList({ entries, limit, onMore, onShare, onDelete, busy }: EntryListProps) {
  const { lang } = useI18n();
  const shown = entries.slice(0, limit);
  return (
    <>
      <ol class="entries" data-testid="dossier-entries">
        {shown.map((e) => (
          <EntryCard key={e.url} entry={e} lang={lang} onShare={onShare} onDelete={onDelete} busy={busy} />
        ))}
      </ol>
      {entries.length > limit && (
        <button type="button" class="more" data-testid="dossier-more" onClick={onMore}>
          +{Math.min(PAGE_SIZE, entries.length - limit)}
        </button>
      )}
    </>
  );
}
