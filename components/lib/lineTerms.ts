/** The key terms a line mentions, found by their article-language form. Pure. */
import { normalizeForMatch } from '../../utils/text/normalize';
import type { Entity, KeyTerm, Lang } from '../../utils/types';

/** The terms whose `lang` form occurs in `text` (normalised: nukta, nasal, case), in list order. */
export function termsInLine(text: string, terms: readonly KeyTerm[], lang: Lang): KeyTerm[] {
  const line = normalizeForMatch(text);
  return terms.filter((k) => {
    const form = normalizeForMatch(k[lang]).trim();
    return form.length > 0 && line.includes(form);
  });
}

/**
 * The names a line mentions: an entity whose `lang` form occurs in it, or, for a person, whose
 * last name (three letters or more) does ("Lavrov" for "Sergey Lavrov"). In list order.
 */
export function namesInLine(text: string, entities: readonly Entity[], lang: Lang): Entity[] {
  const line = normalizeForMatch(text);
  return entities.filter((e) => {
    const form = normalizeForMatch(e[lang]).trim();
    if (!form) return false;
    if (line.includes(form)) return true;
    const last = e.kind === 'person' ? form.split(/\s+/).at(-1) : undefined;
    return last !== undefined && last !== form && [...last].length >= 3 && line.includes(last);
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
