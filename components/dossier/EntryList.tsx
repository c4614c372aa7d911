/** The saved cards shown: title (linked to the article), source, date and language, topics, and the overview's lines. */
import type { DossierEntry } from '../../engine/dossier/entry';
import { sourceOf } from '../../engine/dossier/entry';
import { sentenceLink } from '../../engine/dossier/fragment';
import { topicById } from '../../engine/topics/taxonomy';
import { useI18n } from '../i18n';
import { formatDate } from '../lib/formatDate';
import { topicColor } from '../lib/topicColors';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import { DeleteButton } from './DeleteButton';
import { ShareButton } from './ShareButton';

/** Cards drawn at once; "show more" draws the next ones (10,000 cards would be a slow page). */
export const PAGE_SIZE = 100;

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
          <li key={e.url} class="entry" data-testid="dossier-entry" lang={e.language}>
            <h3>
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title}
              </a>
            </h3>
            <p class="meta">
              {sourceOf(e)} · {formatDate(new Date(e.date).toISOString(), lang)} · {e.language === 'hi' ? 'हिन्दी' : 'English'}
            </p>
            <p class="tags">
              {e.topics.map((id) => (
                <span key={id} class="tag" style={{ borderColor: topicColor(id) }}>
                  {(lang === 'hi' ? topicById(id)?.short.hi : topicById(id)?.short.en) ?? id}
                </span>
              ))}
            </p>
            <ul class="lines">
              {e.lines
                .filter((l) => l.topic === 'overview')
                .map((l) => (
                  <li key={l.index}>
                    <a href={sentenceLink(e.url, l.text) ?? e.url} target="_blank" rel="noopener noreferrer">
                      {l.text}
                    </a>
                  </li>
                ))}
            </ul>
            {onShare && <ShareButton onShare={() => onShare(e)} />}
            {onDelete && (
              <p class="delete">
                <DeleteButton title={e.title} disabled={busy} onDelete={() => onDelete(e)} />
              </p>
            )}
          </li>
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
