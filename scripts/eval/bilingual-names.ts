/**
 * Name accuracy for npm run eval:bilingual (scripts/eval-bilingual.ts): the rule-based
 * transliteration of the name tables' entries, each way, against their display forms and aliases.
 */
import { latinToDevanagari } from '../../engine/entities/latin-to-devanagari';
import { devanagariToLatin } from '../../engine/entities/transliterate';
import { normalizeHindi } from '../../engine/text/normalize';

/** Latin comparison: case, spaces, hyphens, dots, apostrophes and diacritics ignored. */
const foldLatin = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
/** Devanagari comparison that also ignores nukta, anusvara/chandrabindu, long vs short vowels and ॉ/ो. */
const foldHindiLoose = (s: string): string =>
  normalizeHindi(s)
    .replace(/[\u0902\u0901]/g, '')
    .replace(/ी/g, 'ि')
    .replace(/ू/g, 'ु')
    .replace(/ई/g, 'इ')
    .replace(/ऊ/g, 'उ')
    .replace(/ॉ/g, 'ो')
    .replace(/ऑ/g, 'ओ')
    .replace(/[\s\-.]/g, '');
const foldHindi = (s: string): string => normalizeHindi(s).replace(/\s+/g, ' ').trim();

/** Levenshtein distance over code points (short strings only). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** A table entry: display forms and aliases in both scripts. */
export interface Named {
  en: string;
  hi: string;
  enAliases?: readonly string[];
  hiAliases?: readonly string[];
}
/** Counts of exact, folded and near (≤ 1 edit) transliterations, each way. */
export interface NameScores {
  n: number;
  toLatinExact: number;
  toLatinLoose: number;
  toLatinNear: number;
  toHindiExact: number;
  toHindiLoose: number;
  toHindiNear: number;
}

/**
 * Exact: the transliteration equals the table's display form (after normalizeHindi for Devanagari).
 * Loose: equals the display form or an alias after folding (Latin: case, spaces, diacritics;
 * Devanagari: also nukta, anusvara, vowel length, ॉ/ो). Near: a folded edit distance ≤ 1 from one.
 */
export function scoreNames(entries: readonly Named[]): NameScores {
  const s: NameScores = { n: entries.length, toLatinExact: 0, toLatinLoose: 0, toLatinNear: 0, toHindiExact: 0, toHindiLoose: 0, toHindiNear: 0 };
  for (const e of entries) {
    const latin = devanagariToLatin(e.hi);
    const enForms = [e.en, ...(e.enAliases ?? [])].map(foldLatin);
    if (latin === e.en) s.toLatinExact++;
    if (enForms.includes(foldLatin(latin))) s.toLatinLoose++;
    if (enForms.some((f) => editDistance(f, foldLatin(latin)) <= 1)) s.toLatinNear++;
    const deva = latinToDevanagari(e.en);
    const hiForms = [e.hi, ...(e.hiAliases ?? [])].map(foldHindiLoose);
    if (foldHindi(deva) === foldHindi(e.hi)) s.toHindiExact++;
    if (hiForms.includes(foldHindiLoose(deva))) s.toHindiLoose++;
    if (hiForms.some((f) => editDistance(f, foldHindiLoose(deva)) <= 1)) s.toHindiNear++;
  }
  return s;
}
