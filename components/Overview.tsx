/** The overview: the article's most central sentences, as lines. */
import type { SentenceRef } from '../engine/summary/types';
import type { Lang } from '../engine/types';
import { useI18n } from './i18n';
import { type LineExtras, SummaryLine } from './SummaryLine';

/** Props: the overview lines, the article's language, each line's extras, and the line action. */
export interface OverviewProps {
  lines: readonly SentenceRef[];
  lang: Lang;
  /** The language the lines' topic tags are named in. */
  primary: Lang;
  extras: (line: SentenceRef, where: string) => LineExtras;
  onShow: (line: SentenceRef, where: string) => void;
}

/** Renders the overview section; nothing when there are no lines. */
export function Overview({ lines, lang, primary, extras, onShow }: OverviewProps) {
  const { t } = useI18n();
  if (!lines.length) return null;
  return (
    <section class="overview" data-testid="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('popup.overview')}</h2>
      <ol class="lines">
        {lines.map((line) => (
          <SummaryLine
            key={line.index}
            line={line}
            lang={lang}
            primary={primary}
            {...extras(line, 'overview')}
            onShow={(l) => onShow(l, 'overview')}
            testId="overview-line"
          />
        ))}
      </ol>
    </section>
  );
}
