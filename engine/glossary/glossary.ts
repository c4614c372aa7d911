/** The bundled diplomatic glossary (tier 3 of the card's translations) and its compiled indexes. */
import type { KeyTerm, Lang } from '../types';
import data from './diplomatic.json';
import senseData from './senses.json';
import { compileGlossary, glossTokens, matchGlossary, type Concept, type GlossIndex, type GlossToken, type Sense } from './match';

/** One glossary term: English and Hindi forms (preferred first) and its kind. */
export interface GlossaryEntry extends Concept {
  kind: string;
}

/** Every glossary term, in data-file order. */
export const GLOSSARY: readonly GlossaryEntry[] = data.terms;
/** Phrases that look like a glossary term but are another sense ("के पक्ष में", "in charge"). */
export const GLOSSARY_SENSES: readonly Sense[] = senseData.senses;

const indexes = new Map<Lang, GlossIndex>();

/** The compiled index of one language's forms (built on first use, then cached). */
export function glossaryIndex(lang: Lang): GlossIndex {
  let index = indexes.get(lang);
  if (!index) {
    index = compileGlossary(GLOSSARY, lang, GLOSSARY_SENSES);
    indexes.set(lang, index);
  }
  return index;
}

/** A glossed term found in a text: its words in the text, where they are, and the pair to show. */
export interface Gloss extends KeyTerm {
  /** The matched words, as written in the text. */
  words: string[];
  /** UTF-16 offsets of the matched words in the text. */
  start: number;
  end: number;
}

/**
 * The glossary terms of a text in `lang`, in text order. The pair shows the form the text used
 * (uninflected: संयुक्त उत्पादन, not सह-उत्पादन) and the other language's preferred form.
 * `tokens`, when given, are the text's words already made (`glossTokens(text)`).
 */
export function glossText(text: string, lang: Lang, tokens: readonly GlossToken[] = glossTokens(text)): Gloss[] {
  const other: Lang = lang === 'hi' ? 'en' : 'hi';
  return matchGlossary(glossaryIndex(lang), tokens).map((m) => {
    const term = GLOSSARY[m.concept]!;
    const own = term[lang][m.position] ?? term[lang][0]!;
    const theirs = term[other][0]!;
    const pair = lang === 'hi' ? { hi: own, en: theirs } : { hi: theirs, en: own };
    const words = tokens.slice(m.from, m.to);
    return { ...pair, words: words.map((t) => t.raw), start: words[0]!.start, end: words.at(-1)!.end };
  });
}
