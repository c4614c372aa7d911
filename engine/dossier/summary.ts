/**
 * The dossier's summary record: how many cards, per thread (and per thread and topic), per source
 * and per topic. Kept up to date by the store on every save, delete and import (one entry added or
 * taken away at a time), so the dossier's first paint and the card's "Earlier coverage" need no
 * scan of every entry. Derived data: one that does not validate is rebuilt from the entries. Pure.
 */
import * as v from 'valibot';
import type { Bilingual, TopicId } from '../types';
import { type DossierEntry, sourceOf } from './entry';
import { type Thread, threadsOf } from './threads';

/** The summary format's version (a new one is rebuilt from the entries). */
export const SUMMARY_VERSION = 1;

/** A thread as the summary counts it. */
export interface ThreadCount {
  label: Bilingual;
  kind: Thread['kind'];
  count: number;
  /** Cards per topic in the thread. */
  topics: Record<string, number>;
}

/** The counts. */
export interface DossierSummary {
  v: typeof SUMMARY_VERSION;
  total: number;
  threads: Record<string, ThreadCount>;
  sources: Record<string, number>;
  topics: Record<string, number>;
}

const counts = v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)));
const SummarySchema = v.object({
  v: v.literal(SUMMARY_VERSION),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  threads: v.record(
    v.string(),
    v.object({
      label: v.object({ en: v.string(), hi: v.string() }),
      kind: v.picklist(['pair', 'group', 'country', 'other']),
      count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      topics: counts,
    }),
  ),
  sources: counts,
  topics: counts,
});

/** A stored summary, or null when it is not a valid one (then it is rebuilt). */
export function parseSummary(value: unknown): DossierSummary | null {
  const result = v.safeParse(SummarySchema, value);
  return result.success ? (result.output as DossierSummary) : null;
}

/** No cards. */
export function emptySummary(): DossierSummary {
  return { v: SUMMARY_VERSION, total: 0, threads: {}, sources: {}, topics: {} };
}

const bump = (record: Record<string, number>, key: string, by: number) => {
  const n = (record[key] ?? 0) + by;
  if (n > 0) record[key] = n;
  else delete record[key];
};

/** Counts one entry in (`by` 1) or out (`by` -1), in place. */
export function countEntry(summary: DossierSummary, entry: Pick<DossierEntry, 'entities' | 'topics' | 'siteName' | 'host'>, by: 1 | -1): void {
  summary.total = Math.max(0, summary.total + by);
  const topics = [...new Set(entry.topics)];
  for (const t of threadsOf(entry)) {
    const thread = (summary.threads[t.id] ??= { label: t.label, kind: t.kind, count: 0, topics: {} });
    thread.count += by;
    for (const topic of topics) bump(thread.topics, topic, by);
    if (thread.count <= 0) delete summary.threads[t.id];
  }
  bump(summary.sources, sourceOf(entry), by);
  for (const topic of topics) bump(summary.topics, topic, by);
}

/** The summary of these entries. */
export function summaryOf(entries: Iterable<Pick<DossierEntry, 'entities' | 'topics' | 'siteName' | 'host'>>): DossierSummary {
  const summary = emptySummary();
  for (const e of entries) countEntry(summary, e, 1);
  return summary;
}

const KIND_RANK: Record<Thread['kind'], number> = { pair: 0, group: 1, country: 2, other: 3 };

/** The threads with their counts, in the order groupByThread gives them (largest first). */
export function threadList(summary: DossierSummary): (Thread & { count: number })[] {
  return Object.entries(summary.threads)
    .map(([id, t]) => ({ id, label: t.label, kind: t.kind, count: t.count }))
    .sort((a, b) => b.count - a.count || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.label.en.localeCompare(b.label.en));
}

/** The sources with their counts, most first (as sourcesOf gives them). */
export function sourceList(summary: DossierSummary): { source: string; count: number }[] {
  return Object.entries(summary.sources)
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

/** How many saved cards a thread has on a topic. */
export function threadTopicCount(summary: DossierSummary, thread: string, topic: TopicId): number {
  return summary.threads[thread]?.topics[topic] ?? 0;
}
