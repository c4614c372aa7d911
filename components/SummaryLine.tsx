/**
 * One line of the card: the article's sentence as written, as a button that shows it in the page,
 * with the key terms it mentions and an empty slot for a translation (a later issue fills it).
 */
import type { SentenceRef } from '../utils/summary/types';
import type { KeyTerm, Lang } from '../utils/types';
import { useI18n } from './i18n';
import { otherLang } from './lib/languages';
import { TermChip } from './TermChip';

/** Props: the line, the article's language, its terms, and what a click does. */
export interface SummaryLineProps {
  line: SentenceRef;
  lang: Lang;
  terms?: readonly KeyTerm[];
  /** A full translation into the other language; none yet, so the slot stays hidden. */
  translation?: string | null;
  /** A short status under the line (e.g. "not found in the page"). */
  status?: string | null;
  onShow: (line: SentenceRef) => void;
  testId?: string;
}

/** Renders the numbered line button, its term chips, the translation slot and any status. */
export function SummaryLine({ line, lang, terms = [], translation = null, status = null, onShow, testId = 'line' }: SummaryLineProps) {
  const { t } = useI18n();
  return (
    <li class="line">
      <span class="num" aria-hidden="true">
        {line.index}
      </span>
      <div class="line-body">
        <button type="button" class="line-button" lang={lang} data-testid={testId} data-index={line.index} title={t('popup.lineHint')} onClick={() => onShow(line)}>
          {line.text}
        </button>
        {terms.length > 0 && (
          <ul class="chips line-terms" aria-label={t('popup.lineTerms')}>
            {terms.map((k) => (
              <TermChip key={`${k.hi}|${k.en}`} term={k} testId="line-term" />
            ))}
          </ul>
        )}
        {/* Translation slot: filled only by a real translation, never by a guess. */}
        {translation ? (
          <p class="translation" data-slot="translation" lang={otherLang(lang)}>
            {translation}
          </p>
        ) : (
          <div class="translation" data-slot="translation" hidden />
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
