/**
 * Tier 3 of the card's translations: every card line (overview and sections) gets the glossary
 * terms it mentions, as Hindi ↔ English pairs. Only the card's lines are glossed (a few dozen), so
 * the cost is the one-off compile of the article language's glossary index.
 */
import type { SentenceRef, Summary } from '../summary/types';
import type { KeyTerm } from '../types';
import { glossText } from './glossary';

/** The most terms one line carries (the first ones, in text order). */
export const MAX_TERMS_PER_LINE = 6;

/** The glossary terms of one line in `lang`: distinct pairs, text order, at most `max`. */
export function lineTerms(text: string, lang: Summary['language'], max = MAX_TERMS_PER_LINE): KeyTerm[] {
  const seen = new Set<string>();
  const out: KeyTerm[] = [];
  for (const g of glossText(text, lang)) {
    const key = `${g.hi}|${g.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ hi: g.hi, en: g.en });
    if (out.length === max) break;
  }
  return out;
}

/** The summary with `terms` on each overview and section line (a line in both is glossed once). */
export function withLineTerms(summary: Summary): Summary {
  const memo = new Map<number, KeyTerm[]>();
  const gloss = (ref: SentenceRef): SentenceRef => {
    let terms = memo.get(ref.index);
    if (!terms) {
      terms = lineTerms(ref.text, summary.language);
      memo.set(ref.index, terms);
    }
    return { ...ref, terms };
  };
  return {
    ...summary,
    overview: summary.overview.map(gloss),
    sections: summary.sections.map((s) => ({ ...s, sentences: s.sentences.map(gloss) })),
  };
}
