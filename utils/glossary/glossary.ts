/** The bundled diplomatic glossary (tier 3 of the card's translations) and its compiled indexes. */
import type { KeyTerm, Lang } from '../types';
import data from './diplomatic.json';
import senseData from './senses.json';
import { compileGlossary, glossTokens, matchGlossary, type Concept, type GlossIndex, type Sense } from './match';

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

/** A glossed term found in a text: its words in the text, and the pair to show. */
export interface Gloss extends KeyTerm {
  /** The matched words, as written in the text. */
  words: string[];
}

/**
 * The glossary terms in a text written in `lang`, in order: each with its Hindi and English display
 * forms. Inflected Hindi (समझौतों, मंत्रियों) and English (talks, signed) forms match.
 */
export function glossText(text: string, lang: Lang): Gloss[] {
  const tokens = glossTokens(text);
  return matchGlossary(glossaryIndex(lang), tokens).map((m) => {
    const term = GLOSSARY[m.concept]!;
    return { hi: term.hi[0]!, en: term.en[0]!, words: tokens.slice(m.from, m.to).map((t) => t.raw) };
  });
}
