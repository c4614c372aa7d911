/** What the card shows of a summary under the user's settings. Pure. */
import type { Settings } from '../../utils/settings/schema';
import type { Section, SentenceRef, Summary } from '../../engine/summary/types';

type ViewSettings = Pick<Settings, 'topicOrder' | 'hiddenTopics' | 'showOverview' | 'showEntities' | 'showKeyTerms'>;

/** The sections to show: in `topicOrder` (topics missing from it last), hidden topics left out. */
export function visibleSections(sections: readonly Section[], settings: Pick<Settings, 'topicOrder' | 'hiddenTopics'>): Section[] {
  const rank = new Map(settings.topicOrder.map((id, i) => [id, i]));
  const hidden = new Set(settings.hiddenTopics);
  return sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !hidden.has(s.topic))
    .sort((a, b) => (rank.get(a.s.topic) ?? Infinity) - (rank.get(b.s.topic) ?? Infinity) || a.i - b.i)
    .map(({ s }) => s);
}

/** The summary as the card shows it (for copying what you see): ordered, filtered sections. */
export function cardView(summary: Summary, settings: ViewSettings): Summary {
  return {
    ...summary,
    overview: settings.showOverview ? summary.overview : [],
    sections: visibleSections(summary.sections, settings).map((s) => (settings.showKeyTerms ? s : { ...s, keyTerms: [] })),
    entities: settings.showEntities ? summary.entities : [],
  };
}

/** Every line the card shows (overview and sections), each sentence once. */
export function cardLines(view: Pick<Summary, 'overview' | 'sections'>): SentenceRef[] {
  const seen = new Map<number, SentenceRef>();
  for (const ref of [...view.overview, ...view.sections.flatMap((s) => s.sentences)]) seen.set(ref.index, ref);
  return [...seen.values()];
}
