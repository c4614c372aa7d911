/** The key terms and names a line mentions, matched word by word. Pure. */
import { normalizeForMatch } from '../../utils/text/normalize';
import { tokenize } from '../../utils/text/tokenize';
import type { Entity, KeyTerm, Lang } from '../../utils/types';

/** A text's words, normalised (nukta, nasal, case). */
const wordsOf = (text: string): string[] => tokenize(text).map((t) => t.norm);

/** A vowel sign (matra) or nasal sign: Hindi inflectional endings begin with one. */
const VOWEL_SIGN = /^[\u093E-\u094C\u0901-\u0903]/;

/**
 * Whether `word` in a line is `form` or an inflection of it: a Hindi ending that starts with a
 * vowel sign, after the form's own final vowel sign (मंत्रियों for मंत्री, रूसी for रूस; never
 * प्राचीन for चीन), or English -s / -es.
 */
function sameWord(word: string, form: string): boolean {
  if (word === form) return true;
  if (/^[a-z0-9]/.test(form)) return word === `${form}s` || word === `${form}es`;
  const base = VOWEL_SIGN.test(form.slice(-1)) ? form.slice(0, -1) : form;
  const rest = word.startsWith(base) ? word.slice(base.length) : '';
  return rest.length > 0 && rest.length <= 4 && VOWEL_SIGN.test(rest);
}

/** Whether the phrase `form` (its words) occurs in `line` (words): every word whole, the last inflected. */
function mentions(line: readonly string[], form: readonly string[]): boolean {
  if (!form.length) return false;
  for (let i = 0; i + form.length <= line.length; i++) {
    let k = 0;
    while (k < form.length - 1 && line[i + k] === form[k]) k++;
    if (k === form.length - 1 && sameWord(line[i + k]!, form[k]!)) return true;
  }
  return false;
}

/** The terms whose `lang` form occurs in `text`, as whole words, in list order. */
export function termsInLine(text: string, terms: readonly KeyTerm[], lang: Lang): KeyTerm[] {
  const line = wordsOf(text);
  return terms.filter((k) => mentions(line, wordsOf(k[lang])));
}

/**
 * The names a line mentions, as whole words: an entity's `lang` form, or, for a person, their last
 * name of three letters or more ("Lavrov" for "Sergey Lavrov"). In list order.
 */
export function namesInLine(text: string, entities: readonly Entity[], lang: Lang): Entity[] {
  const line = wordsOf(text);
  return entities.filter((e) => {
    const form = wordsOf(e[lang]);
    if (mentions(line, form)) return true;
    const last = e.kind === 'person' && form.length > 1 ? form.at(-1) : undefined;
    return last !== undefined && [...last].length >= 3 && mentions(line, [last]);
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
