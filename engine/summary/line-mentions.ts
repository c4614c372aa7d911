/**
 * What each card line mentions, found once, in the engine: the card's key terms and the summary's
 * names (a person also by last name), with their offsets, and the line's terms as the card shows
 * them. Key terms and names are compiled once per summary and looked up over each line's words
 * (the engine's own tokens); the card renders these lists and matches nothing itself.
 */
import { tokensOfText, type LineTokens } from '../glossary/gloss-lines';
import { compileForms, findForms, glossTokens, type FormIndex, type GlossToken, type Span } from '../glossary/match';
import { normalizeForMatch } from '../text/normalize';
import { TOPIC_IDS } from '../topics/taxonomy';
import type { Entity, KeyTerm, Lang, LineName, LineTerm } from '../types';
import type { SentenceRef, Summary } from './types';

/**
 * Every key term of the card, each pair once: section by section in the taxonomy's topic order
 * (the card's own order unless the reader changes it), each section's list in order.
 */
export function cardKeyTerms(sections: Summary['sections']): KeyTerm[] {
  const rank = (s: Summary['sections'][number]) => TOPIC_IDS.indexOf(s.topic);
  const seen = new Map<string, KeyTerm>();
  for (const s of [...sections].sort((a, b) => rank(a) - rank(b))) {
    for (const k of s.keyTerms) if (!seen.has(`${k.hi}|${k.en}`)) seen.set(`${k.hi}|${k.en}`, k);
  }
  return [...seen.values()];
}

/** A person's last name as a line may use it alone ("Lavrov"): three letters or more, else none. */
function lastName(e: Entity, lang: Lang): string {
  if (e.kind !== 'person') return '';
  const words = glossTokens(e[lang]);
  const last = words.length > 1 ? words.at(-1)!.raw : '';
  return [...last].length >= 3 ? last : '';
}

/** The key terms' and names' forms in the article's language, compiled once for every line. */
export interface MentionIndex {
  keyTerms: readonly KeyTerm[];
  entities: readonly Entity[];
  keyForms: FormIndex;
  fullNames: FormIndex;
  lastNames: FormIndex;
}

/** Compiles the card's key terms and the summary's entities for `lang`. */
export function compileMentions(keyTerms: readonly KeyTerm[], entities: readonly Entity[], lang: Lang): MentionIndex {
  return {
    keyTerms,
    entities,
    keyForms: compileForms(keyTerms.map((k) => k[lang])),
    fullNames: compileForms(entities.map((e) => e[lang])),
    lastNames: compileForms(entities.map((e) => lastName(e, lang))),
  };
}

/** The key terms a line's words mention (whole words, any inflection), in key-term order. */
export function keyTermsInLine(tokens: readonly GlossToken[], index: MentionIndex): LineTerm[] {
  const spans = findForms(tokens, index.keyForms);
  return index.keyTerms.flatMap((k, i) => (spans[i] ? [{ hi: k.hi, en: k.en, ...spans[i] }] : []));
}

/** The names a line's words mention: an entity's form, or a person's last name; in entity order. */
export function namesInLine(tokens: readonly GlossToken[], index: MentionIndex): LineName[] {
  const full = findForms(tokens, index.fullNames);
  const last = findForms(tokens, index.lastNames);
  return index.entities.flatMap((e, i) => {
    const a = full[i];
    const b = last[i];
    const span: Span | undefined = a && b ? (b.start < a.start ? b : a) : (a ?? b);
    return span ? [{ kind: e.kind, hi: e.hi, en: e.en, start: span.start, end: span.end }] : [];
  });
}

/**
 * A line's terms as the card shows them: its key terms, then its glossary terms, each Hindi or
 * English form once, leaving out any pair that is one of the line's names (shown as names).
 */
export function mergeTerms(
  keyTerms: readonly LineTerm[],
  glossed: readonly LineTerm[],
  names: readonly LineName[],
  norm: (s: string) => string = normalizeForMatch,
): LineTerm[] {
  const seen = new Set<string>();
  for (const n of names) seen.add(norm(n.hi)).add(norm(n.en));
  const out: LineTerm[] = [];
  for (const k of [...keyTerms, ...glossed]) {
    const hi = norm(k.hi);
    const en = norm(k.en);
    if (seen.has(hi) || seen.has(en)) continue;
    seen.add(hi).add(en);
    out.push(k);
  }
  return out;
}

/**
 * The summary with `names` and `cardTerms` on each overview and section line, from its sections'
 * key terms, its entities and each line's glossary `terms` (a line in both places is read once).
 */
export function withLineMentions(summary: Summary, tokensOf: LineTokens = tokensOfText): Summary {
  const index = compileMentions(cardKeyTerms(summary.sections), summary.entities, summary.language);
  const memo = new Map<number, Pick<SentenceRef, 'cardTerms' | 'names'>>();
  // The same names and terms recur from line to line: each is normalised once.
  const normal = new Map<string, string>();
  const norm = (s: string): string => {
    let n = normal.get(s);
    if (n === undefined) normal.set(s, (n = normalizeForMatch(s)));
    return n;
  };
  const read = (ref: SentenceRef): SentenceRef => {
    let found = memo.get(ref.index);
    if (!found) {
      const tokens = tokensOf(ref);
      const names = namesInLine(tokens, index);
      found = { cardTerms: mergeTerms(keyTermsInLine(tokens, index), ref.terms ?? [], names, norm), names };
      memo.set(ref.index, found);
    }
    // Not { ...ref, ...found }: Node 20's V8 spends about 10 µs on a spread that adds two or more
    // new properties (Chromium 0.1 µs); Object.assign onto a copy costs 0.4 µs in both.
    return Object.assign({ ...ref }, found);
  };
  return {
    ...summary,
    overview: summary.overview.map(read),
    sections: summary.sections.map((s) => ({ ...s, sentences: s.sentences.map(read) })),
  };
}
