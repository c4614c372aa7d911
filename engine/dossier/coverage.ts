/**
 * "Earlier coverage" on a card: how many other saved articles share its thread (country pair or
 * group) and its main topic, from the summary record's counts (summary.ts): no scan of the saved
 * cards per card shown. Pure.
 */
import type { Summary } from '../summary/types';
import { topicById } from '../topics/taxonomy';
import type { Bilingual, TopicId } from '../types';
import type { DossierSummary } from './summary';
import { threadTopicCount } from './summary';
import { threadsOf } from './threads';

/** The line's facts: the thread (id for `?thread=`, label), the topic, and how many saved articles. */
export interface Coverage {
  thread: string;
  label: Bilingual;
  topic: TopicId;
  topicLabel: Bilingual;
  count: number;
}

/**
 * The card's coverage: its first thread (its pair, else a group, else its country) and its main
 * topic (the section with the largest share), counted among the saved cards without the card's
 * own page when that is saved (`savedHere`). Null when there is nothing earlier to point at.
 */
export function coverageOf(summary: Pick<Summary, 'entities' | 'sections'>, counts: DossierSummary, savedHere: boolean): Coverage | null {
  const thread = threadsOf(summary).find((t) => t.kind !== 'other');
  const main = [...summary.sections].filter((s) => !s.minor).sort((a, b) => b.share - a.share)[0];
  if (!thread || !main) return null;
  const count = threadTopicCount(counts, thread.id, main.topic) - (savedHere ? 1 : 0);
  const topic = topicById(main.topic);
  if (count <= 0 || !topic) return null;
  return { thread: thread.id, label: thread.label, topic: main.topic, topicLabel: topic.short, count };
}
