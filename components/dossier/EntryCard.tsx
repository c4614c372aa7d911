/** One saved card in the dossier's list: title (linked to the article), source, date and language, topics, and the overview's lines. */
import { Component } from 'preact';
import type { DossierEntry } from '../../engine/dossier/entry';
import { sourceOf } from '../../engine/dossier/entry';
import { sentenceLink } from '../../engine/dossier/fragment';
import { topicById } from '../../engine/topics/taxonomy';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import { formatDate } from '../lib/formatDate';
import { topicColor } from '../lib/topicColors';
import { DeleteButton } from './DeleteButton';
import { ShareButton } from './ShareButton';

/** Props: the entry, the UI language, and the card's actions (read when used, so new functions alone redraw nothing). */
export interface EntryCardProps {
  entry: DossierEntry;
  lang: 'hi' | 'en';
  onShare?: ((entry: DossierEntry) => Promise<ShareOutcome>) | undefined;
  onDelete?: ((entry: DossierEntry) => void) | undefined;
  busy?: boolean | undefined;
}

/**
 * A card; drawn again only when its entry, the language, `busy` or which actions it has change: a search
 * redraws the list on every keystroke, and the cards both answers share stay as they are.
 */
export class EntryCard extends Component<EntryCardProps> {
  override shouldComponentUpdate(next: EntryCardProps): boolean {
    const now = this.props;
    return next.entry !== now.entry || next.lang !== now.lang || next.busy !== now.busy || !next.onShare !== !now.onShare || !next.onDelete !== !now.onDelete;
  }

  override render({ entry: e, lang, onShare, onDelete, busy }: EntryCardProps) {
    return (
      <li class="entry" data-testid="dossier-entry" lang={e.language}>
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
        {onShare && <ShareButton onShare={() => (this.props.onShare as (entry: DossierEntry) => Promise<ShareOutcome>)(e)} />}
        {onDelete && (
          <p class="delete">
            <DeleteButton title={e.title} disabled={busy} onDelete={() => this.props.onDelete?.(e)} />
          </p>
        )}
      </li>
    );
  }
}
