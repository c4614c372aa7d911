/** "Earlier coverage: 3 saved articles on India–Russia defence", linking to the dossier opened on that thread. */
import type { Coverage } from '../engine/dossier/coverage';
import { useI18n } from './i18n';

/** The message for `count` in the UI's language (Intl.PluralRules: Hindi's "one" covers 0 and 1). */
export function coverageKey(count: number, lang: 'hi' | 'en'): 'popup.actions.coverage.one' | 'popup.actions.coverage.other' {
  return new Intl.PluralRules(lang).select(count) === 'one' ? 'popup.actions.coverage.one' : 'popup.actions.coverage.other';
}

/** The line (nothing when there is no earlier coverage). */
export function CoverageLine({ coverage }: { coverage: Coverage | null | undefined }) {
  const { t, lang } = useI18n();
  if (!coverage) return null;
  const text = t(coverageKey(coverage.count, lang), {
    count: coverage.count.toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN'),
    thread: coverage.label[lang],
    topic: lang === 'en' ? coverage.topicLabel.en.toLowerCase() : coverage.topicLabel.hi,
  });
  return (
    <p class="coverage">
      <a href={`/dossier.html?thread=${encodeURIComponent(coverage.thread)}`} target="_blank" rel="noopener" data-testid="coverage">
        {text}
      </a>
    </p>
  );
}
