/**
 * Bilingual search over saved cards: "रक्षा" and "defence", "लावरोव" and "Lavrov" find the same
 * cards. Two bridges, both from what the engine already has: each card is indexed with its terms
 * and names in both scripts (the engine paired them when it made the card), and the query is
 * glossed (engine/glossary) and its names looked up (engine/entities), so a query word also
 * matches its other-language form; a name the tables lack is transliterated. Pure.
 */
import { findEntities } from '../entities/find-entities';
import { latinToDevanagari } from '../entities/latin-to-devanagari';
import { devanagariToLatin } from '../entities/transliterate';
import { glossText } from '../glossary/glossary';
import { hasDevanagari } from '../text/normalize';
import type { Lang } from '../types';
import type { DossierEntry } from './entry';
import type { SearchIndex } from './search-index';
import { searchTokens } from './words';

export { buildSearchIndex, type SearchIndex } from './search-index';
export { searchTokens } from './words';

/** Query words that say nothing on their own (dropped when the query has others). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'with',
  'at',
  'by',
  'का',
  'की',
  'के',
  'में',
  'और',
  'से',
  'को',
  'पर',
  'है',
  'ने',
  'एवं',
  'तथा',
]);
/** A query word shorter than this matches whole words only (not as a prefix). */
const MIN_PREFIX = 3;

/** One query word and what else may stand for it: each alternative is words that must all be there. */
interface Clause {
  alternatives: { words: string[]; prefix: boolean }[];
}

/** The query as clauses: every word, with its glossary, name and transliteration bridges. */
export function parseQuery(query: string): Clause[] {
  const lang: Lang = hasDevanagari(query) ? 'hi' : 'en';
  const words = searchTokens(query);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  const tokens = kept.length ? kept : words;
  const bridges: { own: string[]; other: string[] }[] = [];
  for (const g of glossText(query, lang)) bridges.push({ own: searchTokens(lang === 'hi' ? g.hi : g.en), other: searchTokens(lang === 'hi' ? g.en : g.hi) });
  for (const e of findEntities([query], lang)) {
    const other = searchTokens(lang === 'hi' ? e.en : e.hi);
    // A person is found by the last name alone (as the card's lines name them).
    bridges.push({ own: searchTokens(lang === 'hi' ? e.hi : e.en), other: e.kind === 'person' ? other.slice(-1) : other });
  }
  return tokens.map((w) => {
    const alternatives = [{ words: [w], prefix: w.length >= MIN_PREFIX }];
    const covering = bridges.filter((b) => b.own.includes(w) || b.own.some((o) => o.startsWith(w) && w.length >= MIN_PREFIX));
    for (const b of covering) if (b.other.length) alternatives.push({ words: b.other, prefix: false });
    if (!covering.length && w.length >= MIN_PREFIX && !STOP_WORDS.has(w)) {
      const t = searchTokens(lang === 'hi' ? devanagariToLatin(w) : latinToDevanagari(w));
      if (t.length === 1 && t[0] !== w) alternatives.push({ words: t, prefix: false });
    }
    return { alternatives };
  });
}

/** The entry ids with a word (whole, or starting with it when `prefix`), each asked of the index once per search. */
function idsOf(index: SearchIndex, word: string, prefix: boolean, memo: Map<string, Set<number>>): Set<number> {
  const key = `${prefix ? 'p' : 'w'}:${word}`;
  let ids = memo.get(key);
  if (!ids) memo.set(key, (ids = index.idsOf(word, prefix)));
  return ids;
}

const intersect = (a: Set<number>, b: Set<number>): Set<number> => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
};

/** The entries matching every word of the query (in either script), in the index's order; all of them for an empty query. */
export function search(index: SearchIndex, query: string): DossierEntry[] {
  const clauses = parseQuery(query);
  if (!clauses.length) return [...index.entries];
  const memo = new Map<string, Set<number>>();
  let result: Set<number> | null = null;
  for (const clause of clauses) {
    const union = new Set<number>();
    for (const alt of clause.alternatives) {
      let ids: Set<number> | null = null;
      for (const w of alt.words) ids = ids ? intersect(ids, idsOf(index, w, alt.prefix, memo)) : idsOf(index, w, alt.prefix, memo);
      for (const id of ids ?? []) union.add(id);
    }
    result = result ? intersect(result, union) : union;
    if (!result.size) break;
  }
  return [...(result ?? [])].sort((a, b) => a - b).map((id) => index.entries[id] as DossierEntry);
}
