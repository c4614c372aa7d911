/**
 * One line of the card: the article's sentence as written (a button that shows it in the page),
 * tagged with its other topics; under it the translation when a tier has one (labelled with its
 * source), and, when the reader asks for them, the terms and names it mentions in both scripts.
 */
import type { SentenceRef } from '../engine/summary/types';
import type { TranslationSource } from '../utils/translate/types';
import type { Bilingual, KeyTerm, Lang, LineName, TopicId } from '../engine/types';
import { useI18n } from './i18n';
import { otherLang } from './lib/languages';
import { topicColor } from './lib/topicColors';
import { SOURCE_TAG_KEYS } from './lib/translationText';
import { TermChip } from './TermChip';

/** A line's translation and the tier it came from. */
export interface LineTranslation {
  text: string;
  source: TranslationSource;
}

/** A topic tag on a line: one of the sentence's other topics. */
export interface LineTag {
  topic: TopicId;
  label: Bilingual;
}

/** What the card adds under a line: its tags, glossed terms and names, translation and status. */
export type LineExtras = Pick<SummaryLineProps, 'tags' | 'terms' | 'names' | 'translation' | 'status'>;

/** Props: the line, the languages, its tags, terms and names, and what a click does. */
export interface SummaryLineProps {
  line: SentenceRef;
  lang: Lang;
  /** The language the tags are named in. */
  primary?: Lang;
  tags?: readonly LineTag[];
  /** The line's terms as the engine found them; shown only when the reader has asked for terms (empty otherwise). */
  terms?: readonly KeyTerm[];
  /** The names the engine found in the line, likewise. */
  names?: readonly LineName[];
  /** A real translation into the other language, or null: the slot then stays hidden. */
  translation?: LineTranslation | null;
  /** A short status under the line (e.g. "not found in the page"). */
  status?: string | null;
  onShow: (line: SentenceRef) => void;
  testId?: string;
}

/** Renders the numbered line, its tags, its translation slot, its glossary when asked, and any status. */
export function SummaryLine({
  line,
  lang,
  primary = lang,
  tags = [],
  terms = [],
  names = [],
  translation = null,
  status = null,
  onShow,
  testId = 'line',
}: SummaryLineProps) {
  const { t } = useI18n();
  const glossed = terms.length + names.length > 0;
  return (
    <li class="line">
      <span class="num" aria-hidden="true">
        {line.index}
      </span>
      <div class="line-body">
        <p class="line-text">
          {/* An inline button (a span with the button role), so the topic tags flow on after the text. */}
          <span
            role="button"
            tabIndex={0}
            class="line-button"
            lang={lang}
            data-testid={testId}
            data-index={line.index}
            title={t('popup.lineHint')}
            onClick={() => onShow(line)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onShow(line);
              }
            }}
          >
            {line.text}
          </span>
          {tags.length > 0 && (
            <span class="line-tags" data-testid="line-tags">
              <span class="sr-only">{t('popup.alsoAbout')} </span>
              {tags.map((tag) => (
                <span key={tag.topic} class="tag" data-topic={tag.topic} lang={primary} style={{ '--topic-color': topicColor(tag.topic) }}>
                  {tag.label[primary]}
                </span>
              ))}
            </span>
          )}
        </p>
        {/* Translation slot: filled only by a real translation, never by a guess. */}
        {translation ? (
          <p class="translation" data-slot="translation" data-source={translation.source}>
            <span lang={otherLang(lang)}>{translation.text}</span>{' '}
            <span class="tier-tag" data-testid="translation-source">
              {t(SOURCE_TAG_KEYS[translation.source])}
            </span>
          </p>
        ) : (
          <div class="translation" data-slot="translation" hidden />
        )}
        {glossed && (
          <div class="line-gloss" data-testid="line-gloss">
            {!translation && (
              <span class="tier-tag" data-testid="glossary-tag">
                {t(SOURCE_TAG_KEYS.glossary)}
              </span>
            )}
            <ul class="chips line-terms" aria-label={t('popup.lineTerms')}>
              {terms.map((k) => (
                <TermChip key={`${k.hi}|${k.en}`} term={k} testId="line-term" />
              ))}
              {names.map((e) => (
                <TermChip key={`${e.kind}|${e.hi}|${e.en}`} term={e} testId="line-name" />
              ))}
            </ul>
          </div>
        )}
        {status && (
          <p class="line-status" role="status">
            {status}
          </p>
        )}
      </div>
    </li>
  );
}
