import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import cities from '../../../engine/entities/data/cities.json';
import countries from '../../../engine/entities/data/countries.json';
import variants from '../../../engine/entities/data/country-variants.json';
import stops from '../../../engine/entities/data/name-stops.json';
import organisations from '../../../engine/entities/data/organisations.json';
import people from '../../../engine/entities/data/people.json';
import places from '../../../engine/entities/data/place-additions.json';
import titles from '../../../engine/entities/data/titles.json';
import { matchKey, matchTokens } from '../../../engine/entities/match-tokens';
import { hasDevanagari } from '../../../engine/text/normalize';

const DATA = resolve(process.cwd(), 'engine/entities/data');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Each neighbouring pair out of order or repeated, as "a ≥ b": empty when sorted with no duplicates. */
const unsorted = (xs: readonly string[]): string[] => xs.flatMap((x, i) => (i > 0 && cmp(xs[i - 1]!, x) >= 0 ? [`${xs[i - 1]} ≥ ${x}`] : []));
const LATIN = /[A-Za-z]/;

/** Match key plus how each Latin word is cased ("BRICS" and "Brics" are different aliases on purpose). */
const caseKey = (name: string): string =>
  matchTokens(name)
    .map((t) => {
      const letters = t.raw.replace(/[^A-Za-z]/g, '');
      if (!letters) return t.norm;
      if (letters.length >= 2 && letters === letters.toUpperCase()) return `${t.norm}^`;
      return letters[0] === letters[0]!.toUpperCase() ? `${t.norm}~` : t.norm;
    })
    .join(' ');

interface Named {
  en: string;
  hi: string;
  enAliases: readonly string[];
  hiAliases: readonly string[];
}
type Org = Named & { abbr?: string; hiAbbr?: string };
type Country = Named & { code: string; enDemonyms?: string[]; hiDemonyms?: string[] };
type Person = Named & { role: string; country?: string; org?: string };

const orgs = organisations.organisations as readonly Org[];
const countryList = countries.countries as readonly Country[];
const peopleList = people.people as readonly Person[];

describe('data files are canonical', () => {
  test.each(['countries.json', 'cities.json', 'organisations.json', 'people.json', 'titles.json', 'name-stops.json'])(
    '%s is pretty-printed JSON (2-space indent, final newline)',
    (file) => {
      const text = readFileSync(resolve(DATA, file), 'utf8');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    },
  );

  test.each<[string, readonly string[]]>([
    ['countries by code', countryList.map((c) => c.code)],
    ['cities by en', cities.cities.map((c) => c.en)],
    ['organisations by en', orgs.map((o) => o.en)],
    ['people by country/org, then en', peopleList.map((p) => `${p.country ?? p.org} ${p.en}`)],
    ['titles by en', titles.titles.map((t) => t.en)],
    ['hand-written places by en', places.places.map((p) => p.en)],
    ['country variants by code', Object.keys(variants.countries)],
    ['English name stops', stops.en],
    ['Hindi name stops', stops.hi],
  ])('%s: sorted, no duplicates', (_label, keys) => {
    expect(unsorted(keys)).toEqual([]);
  });

  test('generated files carry the source attribution', () => {
    for (const body of [countries, cities]) {
      expect(body.source).toMatch(/CLDR 47/);
      expect(body.source).toMatch(/i18n-iso-countries/);
      expect(body.source).toMatch(/umpirsky/);
    }
  });
});

/** What is wrong with one named entry: both forms present, each in its script, no alias repeating another form. */
function entryProblems(label: string, item: Named): string[] {
  const problems: string[] = [];
  if (item.en.trim() === '') problems.push(`${label}: no English name`);
  if (item.hi.trim() === '') problems.push(`${label}: no Hindi name`);
  if (!LATIN.test(item.en)) problems.push(`${label}: English name "${item.en}" has no Latin letter`);
  if (!hasDevanagari(item.hi)) problems.push(`${label}: Hindi name "${item.hi}" has no Devanagari`);
  for (const a of item.enAliases) if (hasDevanagari(a)) problems.push(`${label}: English alias "${a}" has Devanagari`);
  for (const a of item.hiAliases) if (!hasDevanagari(a) && !/\d/.test(a)) problems.push(`${label}: Hindi alias "${a}" has neither Devanagari nor a digit`);
  // No alias repeats another form of the same entry (same match key and same case rule).
  const forms = [item.en, item.hi, ...item.enAliases, ...item.hiAliases];
  const keys = forms.map(caseKey);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) problems.push(`${label}: "${forms[i]}" repeats "${forms[keys.indexOf(k)]}"`);
  });
  return problems;
}

describe('every entry has both forms and clean aliases', () => {
  const all: [string, Named][] = [
    ...countryList.map((c): [string, Named] => [`country ${c.code}`, c]),
    ...cities.cities.map((c): [string, Named] => [`place ${c.en}`, c]),
    ...orgs.map((o): [string, Named] => [`organisation ${o.en}`, o]),
    ...peopleList.map((p): [string, Named] => [`person ${p.en}`, p]),
    ...titles.titles.map((t): [string, Named] => [`title ${t.en}`, t]),
  ];

  // One test over every entry: a bad data edit gets the full list of what is wrong, not one entry at a time.
  test(`all ${all.length} countries, places, organisations, people and titles (every problem listed at once)`, () => {
    expect(all.length).toBeGreaterThan(900);
    expect(all.flatMap(([label, item]) => entryProblems(label, item))).toEqual([]);
  });

  test('the check names every problem of every bad entry', () => {
    const bad: [string, Named][] = [
      ['place Nowhere', { en: 'Nowhere', hi: ' ', enAliases: ['नोव्हेयर'], hiAliases: [] }],
      ['person Jane Roe', { en: 'Jane Roe', hi: 'जेन रो', enAliases: ['jane roe', 'Jane Roe'], hiAliases: ['Roe'] }],
    ];
    expect(bad.flatMap(([label, item]) => entryProblems(label, item))).toEqual([
      'place Nowhere: no Hindi name',
      'place Nowhere: Hindi name " " has no Devanagari',
      'place Nowhere: English alias "नोव्हेयर" has Devanagari',
      'person Jane Roe: Hindi alias "Roe" has neither Devanagari nor a digit',
      'person Jane Roe: "Jane Roe" repeats "Jane Roe"',
    ]);
  });

  test('organisations: about 100, abbreviations in the right script', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(100);
    const problems = orgs.flatMap((o) => [
      ...(o.abbr !== undefined && !(LATIN.test(o.abbr) && !hasDevanagari(o.abbr)) ? [`${o.en}: abbreviation "${o.abbr}" is not Latin`] : []),
      ...(o.hiAbbr !== undefined && !hasDevanagari(o.hiAbbr) ? [`${o.en}: Hindi abbreviation "${o.hiAbbr}" has no Devanagari`] : []),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('countries, places and people', () => {
  const codes = new Set(countryList.map((c) => c.code));

  test('only ISO alpha-2 countries/territories; EU, UN and regions are not countries', () => {
    expect(countryList.length).toBeGreaterThan(240);
    expect(countryList.map((c) => c.code).filter((code) => !/^[A-Z]{2}$/.test(code))).toEqual([]);
    expect(['EU', 'UN', 'EZ', 'ZZ', 'QO'].filter((code) => codes.has(code))).toEqual([]);
    expect(['IN', 'RU', 'CN', 'US', 'GB', 'PK', 'BD', 'NP', 'BT', 'LK', 'MV', 'MM', 'AF'].filter((code) => !codes.has(code))).toEqual([]);
  });

  test('hand-written variants and places point at real codes', () => {
    expect(Object.keys(variants.countries).filter((code) => !codes.has(code))).toEqual([]);
    const placeCodes = (places.places as readonly { en: string; country?: string }[]).filter((p) => p.country !== undefined && !codes.has(p.country));
    expect(placeCodes.map((p) => `${p.en}: ${p.country}`)).toEqual([]);
  });

  test('people.json: asOf, update note, and a country or organisation for everyone', () => {
    expect(people.asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(people.howToUpdate).toMatch(/hand-edited/i);
    const orgAbbrs = new Set(orgs.flatMap((o) => [o.abbr, o.en]));
    const problems = peopleList.flatMap((p) => [
      ...(p.role.trim() === '' ? [`${p.en}: no role`] : []),
      ...(Number(p.country !== undefined) + Number(p.org !== undefined) !== 1 ? [`${p.en}: needs a country or an organisation, not both`] : []),
      ...(p.country && !codes.has(p.country) ? [`${p.en}: unknown country ${p.country}`] : []),
      ...(p.org && !orgAbbrs.has(p.org) ? [`${p.en}: unknown organisation ${p.org}`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  test('no alias names two different entries (a shared alias would be matched arbitrarily)', () => {
    const owners = new Map<string, Set<string>>();
    const own = (id: string, names: readonly (string | undefined)[]): void => {
      for (const n of names) {
        if (!n) continue;
        const key = matchKey(n) + (n.trim().endsWith('+') ? '+' : '');
        owners.set(key, (owners.get(key) ?? new Set()).add(id));
      }
    };
    for (const c of countryList) own(`country ${c.code}`, [c.en, c.hi, ...c.enAliases, ...c.hiAliases, ...(c.enDemonyms ?? []), ...(c.hiDemonyms ?? [])]);
    for (const c of cities.cities) own(`place ${c.en}`, [c.en, c.hi, ...c.enAliases, ...c.hiAliases]);
    for (const o of orgs) own(`org ${o.en}`, [o.en, o.hi, o.abbr, o.hiAbbr, ...o.enAliases, ...o.hiAliases]);
    for (const p of peopleList) own(`person ${p.en}`, [p.en, p.hi, ...p.enAliases, ...p.hiAliases]);
    for (const t of titles.titles) own(`title ${t.en}`, [t.en, t.hi, ...t.enAliases, ...t.hiAliases]);
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
