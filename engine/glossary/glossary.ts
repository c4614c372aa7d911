/** The bundled diplomatic glossary (tier 3 of the card's translations), compiled ahead of time. */
import { GLOSSARY_INDEX } from '../compiled/glossary-index.generated';
import type { KeyTerm, Lang } from '../types';
import { decodeGlossIndex } from './gloss-index-codec';
import { glossTokens, matchGlossary, type GlossIndex, type GlossToken } from './match';

const indexes = new Map<Lang, GlossIndex>();
const formLines = new Map<Lang, string[]>();
/** Each concept's forms in a language, split on first use (a card names the same concepts again). */
const formLists = new Map<Lang, (string[] | undefined)[]>();

/** One language's index, read from engine/compiled/ on first use, then cached. */
export function glossaryIndex(lang: Lang): GlossIndex {
  let index = indexes.get(lang);
  if (!index) {
    index = decodeGlossIndex(GLOSSARY_INDEX[lang]);
    indexes.set(lang, index);
  }
  return index;
}

/** A concept's written form in `lang`: the one at `position`, else its preferred form. */
function formOf(lang: Lang, concept: number, position: number): string {
  let lines = formLines.get(lang);
  let lists = formLists.get(lang);
  if (!lines || !lists) {
    lines = GLOSSARY_INDEX.forms[lang].split('\n');
    lists = new Array<string[] | undefined>(lines.length);
    formLines.set(lang, lines);
    formLists.set(lang, lists);
  }
  const forms = (lists[concept] ??= (lines[concept] as string).split('|'));
  return forms[position] ?? (forms[0] as string);
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
    const own = formOf(lang, m.concept, m.position);
    const theirs = formOf(other, m.concept, 0);
    const words = tokens.slice(m.from, m.to);
    // One literal, not a spread of the pair: Node 20's V8 takes about 10 µs to spread an object and
    // add properties (Chromium 0.1 µs), which was 7 % of the engine's time in the CLI.
    return {
      hi: lang === 'hi' ? own : theirs,
      en: lang === 'hi' ? theirs : own,
      words: words.map((t) => t.raw),
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
    };
  });
}
