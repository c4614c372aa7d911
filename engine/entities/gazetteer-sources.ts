/**
 * The name tables as written (people, organisations, countries, cities, titles) and their
 * compilation into the gazetteer's index. The engine does not run this: `npm run build:index`
 * writes its result to engine/compiled/gazetteer-index.generated.ts.
 */
import cities from './data/cities.json';
import countries from './data/countries.json';
import organisations from './data/organisations.json';
import people from './data/people.json';
import titles from './data/titles.json';
import type { Candidate, CaseRule, EntityRef } from './gazetteer';
import { matchTokens } from './match-tokens';

interface Named {
  en: string;
  hi: string;
  enAliases?: readonly string[];
  hiAliases?: readonly string[];
}

const HAS_LATIN = /[A-Za-z\u00C0-\u024F]/;

function caseRule(raw: string, relaxed: boolean): CaseRule {
  if (!HAS_LATIN.test(raw)) return 'any';
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = letters === letters.toUpperCase();
  if (upper && (letters.length >= 2 || /\d/.test(raw))) return 'upper';
  if (relaxed) return 'any';
  const first = raw.charAt(0);
  if (first !== first.toUpperCase()) return 'any';
  return /\p{Lu}/u.test(raw.slice(1)) ? 'exact' : 'cap';
}

/** Compiles every alias of the name tables into the index matchAt reads. */
export function compileGazetteer(): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  const seenKeys = new Set<string>();

  function add(name: string, target: Pick<Candidate, 'ref' | 'honorific'>, relaxed = false): void {
    const plus = name.trim().endsWith('+');
    const toks = matchTokens(name);
    const first = toks[0];
    if (!first) return;
    const norms = toks.map((t) => t.norm);
    const key = `${norms.join(' ')}${plus ? '+' : ''}`;
    // The first registration of a key wins (people, then organisations, countries, places, titles).
    if (seenKeys.has(key)) return;
    seenKeys.add(key);
    const cand: Candidate = {
      norms,
      raws: toks.map((t) => t.raw),
      cases: toks.map((t) => caseRule(t.raw, relaxed)),
      plus,
      ...target,
    };
    const list = index.get(first.norm) ?? [];
    list.push(cand);
    index.set(first.norm, list);
  }

  function addNamed(item: Named, ref: EntityRef, extra: readonly string[] = []): void {
    for (const n of [item.en, item.hi, ...(item.enAliases ?? []), ...(item.hiAliases ?? []), ...extra]) add(n, { ref });
  }

  for (const p of people.people) {
    addNamed(p, { id: `person:${p.en}`, kind: 'person', en: p.en, hi: p.hi });
  }
  for (const o of organisations.organisations as readonly (Named & { abbr?: string; hiAbbr?: string })[]) {
    const extra = [o.abbr, o.hiAbbr].filter((x): x is string => !!x);
    // Where Hindi names it by its acronym (आसियान, नाटो, ओपेक), English does too: ASEAN, NATO, OPEC.
    const en = o.abbr && !/\s/.test(o.hi) ? o.abbr : o.en;
    addNamed(o, { id: `organisation:${o.en}`, kind: 'organisation', en, hi: o.hi }, extra);
  }
  for (const c of countries.countries as readonly (Named & { code: string; enDemonyms?: string[]; hiDemonyms?: string[] })[]) {
    addNamed(c, { id: `country:${c.code}`, kind: 'country', en: c.en, hi: c.hi }, [
      ...(c.enDemonyms ?? []),
      // People of a country count too: "Indians", "Russians" (not "Chinese", "Swiss").
      ...(c.enDemonyms ?? []).filter((d) => /[nN]$/.test(d)).map((d) => `${d}s`),
      ...(c.hiDemonyms ?? []),
      // …and their oblique plurals: भारतीयों, रूसियों, अमेरिकियों.
      ...(c.hiDemonyms ?? []).map((d) => (d.endsWith('ी') ? `${d.slice(0, -1)}ियों` : `${d}ों`)),
    ]);
  }
  for (const c of cities.cities) {
    addNamed(c, { id: `place:${c.en}`, kind: 'place', en: c.en, hi: c.hi });
  }
  for (const t of titles.titles as readonly (Named & { honorific?: boolean })[]) {
    for (const n of [t.en, t.hi, ...(t.enAliases ?? []), ...(t.hiAliases ?? [])]) {
      add(n, { honorific: t.honorific === true }, true);
    }
  }
  // Longest alias first; at equal length "OPEC+" before "OPEC"; entities before titles.
  for (const list of index.values()) {
    list.sort((a, b) => b.norms.length - a.norms.length || Number(b.plus) - Number(a.plus) || Number(!!b.ref) - Number(!!a.ref));
  }
  return index;
}
