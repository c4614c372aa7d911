/** The dossier's filters (topic, date range, language, source) and "what changed" per topic. Pure. */
import type { TopicId } from '../types';
import { type DossierEntry, type EntryLine, sourceOf } from './entry';
import { newestFirst } from './threads';

/** What the reader filtered on; an absent field does not filter. Dates are ms since the epoch, both ends included. */
export interface DossierFilter {
  topics?: readonly TopicId[];
  from?: number;
  to?: number;
  language?: 'hi' | 'en';
  /** Source names (as `sourceOf` gives them). */
  sources?: readonly string[];
  /** Only these addresses (the search's answer). */
  urls?: ReadonlySet<string>;
}

/** The entries that pass every filter given: a card passes a topic filter when it has any of the topics. */
export function filterEntries(entries: readonly DossierEntry[], f: DossierFilter): DossierEntry[] {
  const topics = f.topics?.length ? new Set(f.topics) : null;
  const sources = f.sources?.length ? new Set(f.sources) : null;
  return entries.filter(
    (e) =>
      (!topics || e.topics.some((t) => topics.has(t))) &&
      (f.from === undefined || e.date >= f.from) &&
      (f.to === undefined || e.date <= f.to) &&
      (!f.language || e.language === f.language) &&
      (!sources || sources.has(sourceOf(e))) &&
      (!f.urls || f.urls.has(e.url)),
  );
}

/** Every source among the entries, with how many cards each, most first. */
export function sourcesOf(entries: readonly DossierEntry[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(sourceOf(e), (counts.get(sourceOf(e)) ?? 0) + 1);
  return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

/** One article's lines on a topic. */
export interface TopicLines {
  entry: DossierEntry;
  lines: EntryLine[];
}

/** For one topic: the newest article's lines on it, next to the previous article's (absent when only one has it). */
export interface TopicChange {
  topic: TopicId;
  /** How many of the entries have a section on the topic. */
  articles: number;
  newest: TopicLines;
  previous?: TopicLines;
}

/**
 * What changed, per topic, across a thread's entries: for each topic a section of at least one
 * article has, the newest such article's lines next to the one before it. Topics with the newest
 * coverage first.
 */
export function whatChanged(entries: readonly DossierEntry[]): TopicChange[] {
  const byTopic = new Map<TopicId, DossierEntry[]>();
  for (const e of [...entries].sort(newestFirst)) {
    for (const t of new Set(e.topics)) {
      let list = byTopic.get(t);
      if (!list) byTopic.set(t, (list = []));
      list.push(e);
    }
  }
  const linesOn = (entry: DossierEntry, topic: TopicId): TopicLines => ({ entry, lines: entry.lines.filter((l) => l.topic === topic) });
  return [...byTopic].map(([topic, list]) => {
    const [newest, previous] = list as [DossierEntry, DossierEntry | undefined];
    return { topic, articles: list.length, newest: linesOn(newest, topic), ...(previous ? { previous: linesOn(previous, topic) } : {}) };
  });
}
