/**
 * Topic sections: each topic's best sentences, its share and its key terms. Each sentence appears
 * once on the card: not again after the overview, and in one section only (its strongest topic;
 * its other topics are tags on the line). Lines run best first.
 */
import type { KeyTerm, TopicId } from '../types';
import type { SentenceTopics } from '../topics/classify';
import { TOPICS } from '../topics/taxonomy';
import { isSummarisable, pickTop, type RankInput } from './rank';
import type { Section } from './types';

const MAX_KEY_TERMS = 6;

/**
 * A topic carried by fewer sentences than this is minor: its line goes to one "also in the
 * article" group rather than a section of its own. (Two, as in the evaluation's definition of a
 * main topic; its other condition, a tenth of the sentences, would leave a long joint statement of
 * ten topics with no section at all.)
 */
export const MAIN_TOPIC_MIN_SENTENCES = 2;

/**
 * How the card is drawn from the topic model's probabilities (both chosen by cross-validation in
 * scripts/train, and shipped with the model): a topic is a section when the sum of its
 * probabilities over the article (its expected number of sentences) reaches `sectionMass`; a
 * sentence is a line under its strongest topic when that probability reaches `lineProbability`
 * (a section shows at least its best sentence). Other confident lines go to the minor topics.
 */
export interface CardRule {
  lineProbability: number;
  sectionMass: number;
}

/**
 * Builds one section per topic that has a line of its own, ordered by share (largest first).
 * `shown` are the sentences already on the card (the overview): never repeated in a section.
 */
export function buildSections(
  texts: readonly string[],
  ranks: readonly RankInput[],
  topics: readonly SentenceTopics[],
  salience: readonly number[],
  perSection: number,
  shown: readonly number[] = [],
  rule?: CardRule,
): Section[] {
  const totalWords = ranks.reduce((n, s) => n + (s.isHeading ? 0 : s.words), 0) || 1;
  // Each topic's body sentences (article order) and its words, in one pass over the article.
  const membersOf = new Map<TopicId, number[]>();
  const wordsOf = new Map<TopicId, number>();
  // Where each sentence may stand as a line: under its strongest topic, if not already shown.
  const home = new Map<TopicId, number[]>();
  const onCard = new Set(shown);
  // Each topic's expected number of sentences, in TOPICS order.
  const mass = new Float64Array(TOPICS.length);
  // A reader's own keyword counts as certain.
  const probability = (t: SentenceTopics, id: TopicId): number => (t.user?.includes(id) ? 1 : (t.scores[id] ?? 0));
  topics.forEach((t, i) => {
    const r = ranks[i] as RankInput;
    if (r.isHeading) return;
    // A sentence's home is its strongest topic; with the model, its topics run strongest first.
    const strongest = t.topics[0];
    if (strongest && !onCard.has(i)) {
      const list = home.get(strongest);
      if (list) list.push(i);
      else home.set(strongest, [i]);
    }
    if (rule) {
      const certain = t.user;
      for (let k = 0; k < TOPICS.length; k++) {
        const id = (TOPICS[k] as (typeof TOPICS)[number]).id;
        mass[k] = (mass[k] as number) + (certain?.includes(id) ? 1 : (t.scores[id] ?? 0));
      }
    }
    t.topics.forEach((id, k) => {
      if (t.topics.indexOf(id) !== k) return; // listed twice: counted once
      const list = membersOf.get(id);
      if (list) list.push(i);
      else membersOf.set(id, [i]);
      wordsOf.set(id, (wordsOf.get(id) ?? 0) + r.words / t.topics.length);
    });
  });
  const sections: Section[] = [];
  for (const [k, topic] of TOPICS.entries()) {
    const members = membersOf.get(topic.id) ?? [];
    const candidates = home.get(topic.id) ?? [];
    const words = wordsOf.get(topic.id) ?? 0;
    // A section needs a line of its own: one made only of lines shown elsewhere is no section.
    if (candidates.length === 0) continue;
    const maxSal = Math.max(1e-9, ...members.map((i) => salience[i] ?? 0));
    const score = (i: number): number => {
      const t = topics[i] as SentenceTopics;
      // The model's probability; the rules' score, shared among the sentence's topics.
      const strength = rule ? probability(t, topic.id) : (t.scores[topic.id] ?? 0) / Math.max(1, t.topics.length * 0.5 + 0.5);
      const fit = isSummarisable(ranks[i] as RankInput) ? 1 : 0.3;
      return fit * strength * (0.5 + (salience[i] ?? 0) / maxSal);
    };
    const main = rule ? (mass[k] as number) >= rule.sectionMass : members.length >= MAIN_TOPIC_MIN_SENTENCES;
    // With the model, a line must be confident; a main topic shows at least its best sentence.
    const confident = rule ? candidates.filter((i) => probability(topics[i] as SentenceTopics, topic.id) >= rule.lineProbability) : candidates;
    const pool = confident.length || !main ? confident : candidates;
    if (pool.length === 0) continue;
    const picked = pickTop(pool, score, main ? perSection : 1, ranks, shown);
    // Best line first: the card shows it, and the rest behind "more".
    const scored = new Map(picked.map((i) => [i, score(i)]));
    picked.sort((a, b) => (scored.get(b) ?? 0) - (scored.get(a) ?? 0) || a - b);
    sections.push({
      topic: topic.id,
      label: topic.label,
      share: Math.round((words / totalWords) * 1000) / 1000,
      sentences: picked.map((i) => ({ index: i, text: texts[i] as string })),
      keyTerms: keyTerms(topic.id, members, topics),
      ...(main ? {} : { minor: true }),
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
