/**
 * The key terms and names a line mentions, matched word by word with the glossary's own matcher
 * (engine/glossary/match.ts): every word whole, Hindi and English inflections, acronyms in capitals.
 * Pure.
 */
import { compilePhrase, containsPhrase, glossTokens, type GlossToken } from '../../engine/glossary/match';
import { normalizeForMatch } from '../../engine/text/normalize';
import type { Entity, KeyTerm, Lang } from '../../engine/types';

/** Whether the phrase `form` occurs in `line` (its words), in any of its inflections. */
function mentions(line: readonly GlossToken[], form: string): boolean {
  const phrase = compilePhrase(form, 0);
  return phrase !== null && containsPhrase(line, phrase);
}

/** The terms whose `lang` form occurs in `text`, as whole words, in list order. */
export function termsInLine(text: string, terms: readonly KeyTerm[], lang: Lang): KeyTerm[] {
  const line = glossTokens(text);
  return terms.filter((k) => mentions(line, k[lang]));
}

/**
 * The names a line mentions, as whole words: an entity's `lang` form, or, for a person, their last
 * name of three letters or more ("Lavrov" for "Sergey Lavrov"). In list order.
 */
export function namesInLine(text: string, entities: readonly Entity[], lang: Lang): Entity[] {
  const line = glossTokens(text);
  return entities.filter((e) => {
    if (mentions(line, e[lang])) return true;
    const words = glossTokens(e[lang]);
    const last = e.kind === 'person' && words.length > 1 ? words.at(-1)?.raw : undefined;
    return last !== undefined && [...last].length >= 3 && mentions(line, last);
  });
}

/**
 * A line's term chips: the section's key terms it mentions (the topic lexicons' curated pairs),
 * then its glossary terms (the engine's, tier 3), each Hindi or English form once, leaving out any
 * pair that is one of the line's names (shown as names).
 */
export function mergeTerms(keyTerms: readonly KeyTerm[], glossed: readonly KeyTerm[], names: readonly Entity[]): KeyTerm[] {
  const seen = new Set<string>();
  for (const n of names) seen.add(normalizeForMatch(n.hi)).add(normalizeForMatch(n.en));
  const out: KeyTerm[] = [];
  for (const k of [...keyTerms, ...glossed]) {
    const hi = normalizeForMatch(k.hi);
    const en = normalizeForMatch(k.en);
    if (seen.has(hi) || seen.has(en)) continue;
    seen.add(hi).add(en);
    out.push(k);
  }
  return out;
}
