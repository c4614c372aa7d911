/** The dossier's search box and filters (topic, language, source, date range). Props in, markup out. */
import { TOPICS } from '../../engine/topics/taxonomy';
import type { TopicId } from '../../engine/types';
import { useI18n } from '../i18n';

/** What the reader chose; empty strings mean "any". Dates are YYYY-MM-DD. */
export interface FilterState {
  query: string;
  topic: TopicId | '';
  language: 'hi' | 'en' | '';
  source: string;
  from: string;
  to: string;
}

/** No filter at all. */
export const NO_FILTER: FilterState = { query: '', topic: '', language: '', source: '', from: '', to: '' };

/** Props: the state, the sources to offer, and where changes go. */
export interface DossierFiltersProps {
  value: FilterState;
  sources: readonly { source: string; count: number }[];
  onChange: (next: FilterState) => void;
}

/** The search field and a row of filters; every control is labelled and keyboard-usable. */
export function DossierFilters({ value, sources, onChange }: DossierFiltersProps) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  return (
    <section class="filters" aria-label={t('dossier.filters.legend')}>
      <div class="search">
        <label for="dossier-search">{t('dossier.search.label')}</label>
        <input
          id="dossier-search"
          data-testid="dossier-search"
          type="search"
          value={value.query}
          placeholder={t('dossier.search.placeholder')}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <label>
          {t('dossier.filters.topic')}
          <select data-testid="filter-topic" value={value.topic} onChange={(e) => set({ topic: e.currentTarget.value as TopicId | '' })}>
            <option value="">{t('dossier.filters.anyTopic')}</option>
            {TOPICS.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {lang === 'hi' ? `${topic.label.hi} · ${topic.label.en}` : `${topic.label.en} · ${topic.label.hi}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dossier.filters.language')}
          <select data-testid="filter-language" value={value.language} onChange={(e) => set({ language: e.currentTarget.value as FilterState['language'] })}>
            <option value="">{t('dossier.filters.anyLanguage')}</option>
            <option value="hi">हिन्दी</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('dossier.filters.source')}
          <select data-testid="filter-source" value={value.source} onChange={(e) => set({ source: e.currentTarget.value })}>
            <option value="">{t('dossier.filters.anySource')}</option>
            {sources.map(({ source, count }) => (
              <option key={source} value={source}>
                {source} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dossier.filters.from')}
          <input type="date" data-testid="filter-from" value={value.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('dossier.filters.to')}
          <input type="date" data-testid="filter-to" value={value.to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
        <button type="button" data-testid="filter-clear" onClick={() => onChange(NO_FILTER)}>
          {t('dossier.filters.clear')}
        </button>
      </div>
    </section>
  );
}
