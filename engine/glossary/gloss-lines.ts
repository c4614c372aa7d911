/**
 * Tier 3 of the card's translations: every card line (overview and sections) gets the glossary
 * terms it mentions, as Hindi ↔ English pairs with their offsets. Only the card's lines are
 * glossed (a few dozen), so the cost is the one-off compile of the article language's glossary index.
 */
import type { SentenceRef, Summary } from '../summary/types';
import type { LineTerm } from '../types';
import { glossText } from './glossary';
import { glossTokens, type GlossToken } from './match';

/** The most terms one line carries (the first ones, in text order). */
export const MAX_TERMS_PER_LINE = 6;

/** A card line's words as the glossary reads them, by sentence index (the engine passes its own tokens). */
export type LineTokens = (ref: SentenceRef) => readonly GlossToken[];

/** The line's words, tokenised from its text (for a summary made without the engine's tokens). */
export const tokensOfText: LineTokens = (ref) => glossTokens(ref.text);

/**
 * The glossary terms of one line in `lang`: distinct pairs, text order, at most `max`, each with
 * the offsets of its first mention. `tokens` are the line's words when already made.
 */
export function lineTerms(text: string, lang: Summary['language'], max = MAX_TERMS_PER_LINE, tokens?: readonly GlossToken[]): LineTerm[] {
  const seen = new Set<string>();
  const out: LineTerm[] = [];
  for (const g of glossText(text, lang, tokens)) {
    const key = `${g.hi}|${g.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ hi: g.hi, en: g.en, start: g.start, end: g.end });
    if (out.length === max) break;
  }
  return out;
}

/** The summary with `terms` on each overview and section line (a line in both is glossed once). */
export function withLineTerms(summary: Summary, tokensOf: LineTokens = tokensOfText): Summary {
  const memo = new Map<number, LineTerm[]>();
  const gloss = (ref: SentenceRef): SentenceRef => {
    let terms = memo.get(ref.index);
    if (!terms) {
      terms = lineTerms(ref.text, summary.language, MAX_TERMS_PER_LINE, tokensOf(ref));
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
