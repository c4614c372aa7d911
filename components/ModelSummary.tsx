/**
 * The user's model's abstractive summary (tier 2, opt-in): points in both languages, each with
 * links to the article sentences it cites. Labelled as the model's words, never the article's.
 */
import type { SentenceRef } from '../engine/summary/types';
import type { TranslationView } from '../utils/translate/session';
import type { Lang } from '../engine/types';
import { useI18n } from './i18n';
import { inOrder } from './lib/languages';
import { errorMessageKey } from './lib/translationText';

/** Props: the view's abstract, the model's name, the article's sentences and the show action. */
export interface ModelSummaryProps {
  abstract: TranslationView['abstract'];
  model: string;
  primary: Lang;
  sentences: readonly SentenceRef[];
  onShow: (line: SentenceRef) => void;
}

/** Renders the section, or nothing when the user did not ask for it. */
export function ModelSummary({ abstract, model, primary, sentences, onShow }: ModelSummaryProps) {
  const { t } = useI18n();
  if (abstract.phase === 'off') return null;
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  return (
    <section class="model-summary" data-testid="model-summary" data-phase={abstract.phase} aria-labelledby="model-summary-heading">
      <h2 id="model-summary-heading">{t('translation.abstract.heading')}</h2>
      <p class="hint">{t('translation.abstract.note', { model })}</p>
      {abstract.phase === 'working' && <p role="status">{t('translation.abstract.working')}</p>}
      {abstract.phase === 'error' && (
        <p class="error" role="status">
          {t(errorMessageKey(abstract.error ?? 'failed', 'provider'))}
        </p>
      )}
      <ul class="points">
        {abstract.points.map((point, i) => {
          const [first, second] = inOrder(point, primary);
          return (
            <li key={i} data-testid="model-point">
              <p lang={first.lang}>{first.text}</p>
              <p lang={second.lang} class="secondary">
                {second.text}
              </p>
              <p class="cites">
                {point.cites
                  .filter((index) => byIndex.has(index))
                  .map((index) => (
                    <button
                      type="button"
                      key={index}
                      class="cite"
                      data-testid="model-cite"
                      data-index={index}
                      aria-label={t('translation.abstract.cite', { index })}
                      title={byIndex.get(index)?.text}
                      onClick={() => onShow(byIndex.get(index)!)}
                    >
                      [{index}]
                    </button>
                  ))}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
