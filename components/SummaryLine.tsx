/**
 * One line of the card: the article's sentence as written, as a button that shows it in the page;
 * under it the translation when a tier has one (labelled with its source), and the key terms and
 * names it mentions in both scripts (the offline glossary tier, labelled so when no translation).
 */
import type { SentenceRef } from '../utils/summary/types';
import type { TranslationSource } from '../utils/translate/types';
import type { Entity, KeyTerm, Lang } from '../utils/types';
import { useI18n } from './i18n';
import { otherLang } from './lib/languages';
import { SOURCE_TAG_KEYS } from './lib/translationText';
import { TermChip } from './TermChip';

/** A line's translation and the tier it came from. */
export interface LineTranslation {
  text: string;
  source: TranslationSource;
}

/** What the card adds under a line: its glossed terms and names, translation and status. */
export type LineExtras = Pick<SummaryLineProps, 'terms' | 'names' | 'translation' | 'status'>;

/** Props: the line, the article's language, its terms and names, and what a click does. */
export interface SummaryLineProps {
  line: SentenceRef;
  lang: Lang;
  terms?: readonly KeyTerm[];
  names?: readonly Entity[];
  /** A real translation into the other language, or null: the slot then stays hidden. */
  translation?: LineTranslation | null;
  /** A short status under the line (e.g. "not found in the page"). */
  status?: string | null;
  onShow: (line: SentenceRef) => void;
  testId?: string;
}

/** Renders the numbered line button, its translation slot, its glossed terms and names, and any status. */
export function SummaryLine({ line, lang, terms = [], names = [], translation = null, status = null, onShow, testId = 'line' }: SummaryLineProps) {
  const { t } = useI18n();
  const glossed = terms.length + names.length > 0;
  return (
    <li class="line">
      <span class="num" aria-hidden="true">
        {line.index}
      </span>
      <div class="line-body">
        <button type="button" class="line-button" lang={lang} data-testid={testId} data-index={line.index} title={t('popup.lineHint')} onClick={() => onShow(line)}>
          {line.text}
        </button>
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
