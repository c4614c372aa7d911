/** Topic sections: each topic's best sentences (article order), its share and its key terms. */
import type { KeyTerm, TopicId } from '../types';
import type { SentenceTopics } from '../topics/classify';
import { TOPICS } from '../topics/taxonomy';
import { isSummarisable, pickTop, type RankInput } from './rank';
import type { Section } from './types';

const MAX_KEY_TERMS = 6;

/** Builds one section per topic present, ordered by share (largest first). */
export function buildSections(
  texts: readonly string[],
  ranks: readonly RankInput[],
  topics: readonly SentenceTopics[],
  salience: readonly number[],
  perSection: number,
): Section[] {
  const totalWords = ranks.reduce((n, s) => n + (s.isHeading ? 0 : s.words), 0) || 1;
  // Each topic's body sentences (article order) and its words, in one pass over the article.
  const membersOf = new Map<TopicId, number[]>();
  const wordsOf = new Map<TopicId, number>();
  topics.forEach((t, i) => {
    const r = ranks[i] as RankInput;
    if (r.isHeading) return;
    t.topics.forEach((id, k) => {
      if (t.topics.indexOf(id) !== k) return; // listed twice: counted once
      const list = membersOf.get(id);
      if (list) list.push(i);
      else membersOf.set(id, [i]);
      wordsOf.set(id, (wordsOf.get(id) ?? 0) + r.words / t.topics.length);
    });
  });
  const sections: Section[] = [];
  for (const topic of TOPICS) {
    const members = membersOf.get(topic.id) ?? [];
    const words = wordsOf.get(topic.id) ?? 0;
    if (members.length === 0) continue;
    const maxSal = Math.max(1e-9, ...members.map((i) => salience[i] ?? 0));
    const score = (i: number): number => {
      const t = topics[i] as SentenceTopics;
      const strength = (t.scores[topic.id] ?? 0) / Math.max(1, t.topics.length * 0.5 + 0.5);
      const fit = isSummarisable(ranks[i] as RankInput) ? 1 : 0.3;
      return fit * strength * (0.5 + (salience[i] ?? 0) / maxSal);
    };
    const picked = pickTop(members, score, perSection, ranks);
    sections.push({
      topic: topic.id,
      label: topic.label,
      share: Math.round((words / totalWords) * 1000) / 1000,
      sentences: picked.map((i) => ({ index: i, text: texts[i] as string })),
      keyTerms: keyTerms(topic.id, members, topics),
    });
  }
  return sections.sort((a, b) => b.share - a.share);
}

// The topic's matched term pairs across its sentences, most frequent first.
function keyTerms(topic: TopicId, members: readonly number[], topics: readonly SentenceTopics[]): KeyTerm[] {
  const counts = new Map<string, { term: KeyTerm; n: number; first: number }>();
  members.forEach((i, order) => {
    for (const term of topics[i]?.terms[topic] ?? []) {
      const key = `${term.en}|${term.hi}`;
      const entry = counts.get(key) ?? { term, n: 0, first: order };
      entry.n++;
      counts.set(key, entry);
    }
  });
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, MAX_KEY_TERMS)
    .map((e) => e.term);
}
