/** Finds countries, places, organisations and people in an article's sentences, in both scripts. */
import { hasDevanagari, normalizeForMatch } from '../text/normalize';
import type { Token } from '../text/tokenize';
import type { Entity, Lang } from '../types';
import stops from './data/name-stops.json';
import { matchAt, type EntityRef } from './gazetteer';
import { matchPieces, type MatchPieces } from './match-tokens';
import { latinToDevanagari } from './latin-to-devanagari';
import { devanagariToLatin } from './transliterate';

const STOP = { en: new Set(stops.en.map(normalizeForMatch)), hi: new Set(stops.hi.map(normalizeForMatch)) };
const MAX_NAME_WORDS = 3;
const LATIN_WORD = /^\p{Lu}[\p{L}\p{M}'’]*$/u;
const DEVANAGARI_WORD = /^[\u0900-\u0963\u0971-\u097F]+$/;
/** What may sit between two words of one name: spaces, or the dot/hyphen inside "S. Jaishankar", "Jean-Noël". */
const NAME_GAP = /^[\s.\-\u2010\u2011\u0970]*$/;

interface Found {
  ref: EntityRef;
  count: number;
  /** Position of the first mention (sentence, then word), for a stable order. */
  first: number;
}

interface ScannedSentence {
  toks: MatchPieces;
  /** 1 where a token is part of a name already found. */
  used: Uint8Array;
}

/**
 * Finds the entities named in `sentences` (text as displayed) and counts every mention. Known names
 * come from the gazetteers (longest match first, any script); an unknown person is read after a
 * title ("विदेश मंत्री …", "Foreign Minister …") in the article's script. Sorted by count, then
 * first appearance. For an unknown person in an English article `hi` is a rule-based Devanagari spelling.
 * `tokens`, when given, are `tokenize(sentences[i])` for each sentence, so they are not made twice.
 */
export function findEntities(sentences: readonly string[], lang: Lang, tokens?: readonly (readonly Token[])[]): Entity[] {
  const found = new Map<string, Found>();
  const unknown: EntityRef[] = [];
  const scanned: ScannedSentence[] = [];
  const note = (ref: EntityRef, pos: number): void => {
    const f = found.get(ref.id);
    if (f) f.count++;
    else found.set(ref.id, { ref, count: 1, first: pos });
  };

  sentences.forEach((text, s) => {
    const toks = matchPieces(text, tokens?.[s]);
    const used = new Uint8Array(toks.length);
    scanned.push({ toks, used });
    let i = 0;
    while (i < toks.length) {
      const pos = s * 100_000 + i;
      const m = matchAt(toks, i);
      if (!m) {
        i++;
        continue;
      }
      let j = i + m.norms.length;
      used.fill(1, i, j);
      if (m.ref) {
        note(m.ref, pos);
        i = j;
        continue;
      }
      // A title: skip honorifics, then read a name unless a known entity follows.
      for (let h = j < toks.length ? matchAt(toks, j) : undefined; h?.honorific; ) {
        used.fill(1, j, j + h.norms.length);
        j += h.norms.length;
        h = j < toks.length ? matchAt(toks, j) : undefined;
      }
      const end = readName(toks, j, lang);
      if (end > j) {
        const ref = unknownPerson(toks, j, end);
        if (!unknown.some((u) => u.id === ref.id)) unknown.push(ref);
        note(ref, s * 100_000 + j);
        used.fill(1, j, end);
        i = end;
      } else {
        i = j;
      }
    }
  });

  if (unknown.length) countRepeats(scanned, unknown, note);

  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ ref, count }) => ({ kind: ref.kind, hi: ref.hi, en: ref.en, count }));
}

/** Index after the last word of a name starting at `j` (j itself when there is no name). */
function readName(toks: MatchPieces, j: number, lang: Lang): number {
  let k = j;
  while (k < toks.length && k - j < MAX_NAME_WORDS) {
    if (!isNameWord(toks, k, lang)) break;
    if (k > j) {
      const gap = toks.text.slice(toks.ends[k - 1], toks.starts[k]);
      if (!NAME_GAP.test(gap)) break;
      // A dot ends the name unless the word before it is an initial ("S.", "एस.").
      if (/[.\u0970]/.test(gap) && !isInitial(toks.raw(k - 1))) break;
    }
    if (matchAt(toks, k)) break; // never swallow a title, country or other known name
    k++;
  }
  return k;
}

function isNameWord(toks: MatchPieces, k: number, lang: Lang): boolean {
  const norm = toks.norms[k] as string;
  if (lang === 'hi') return !STOP.hi.has(norm) && DEVANAGARI_WORD.test(toks.raw(k));
  return !STOP.en.has(norm) && LATIN_WORD.test(toks.raw(k));
}

function isInitial(raw: string): boolean {
  return hasDevanagari(raw) ? raw.length <= 3 : raw.length <= 2;
}

function unknownPerson(toks: MatchPieces, from: number, to: number): EntityRef {
  const written = toks.text.slice(toks.starts[from], toks.ends[to - 1]);
  const key = toks.norms.slice(from, to).join(' ');
  if (hasDevanagari(written)) return { id: `person?:${key}`, kind: 'person', hi: written, en: devanagariToLatin(written) };
  return { id: `person?:${key}`, kind: 'person', hi: latinToDevanagari(written), en: written };
}

/**
 * Counts later mentions of unknown people without their title: the full name again, or its last
 * word alone ("Minister Ana Pereira … Pereira said") when no other unknown person shares it.
 */
function countRepeats(scanned: readonly ScannedSentence[], unknown: readonly EntityRef[], note: (ref: EntityRef, pos: number) => void): void {
  const byFirst = new Map<string, { norms: string[]; ref: EntityRef }[]>();
  const surnameOwners = new Map<string, number>();
  const names = unknown.map((ref) => ({ ref, norms: ref.id.slice('person?:'.length).split(' ') }));
  for (const { norms } of names) {
    const last = norms[norms.length - 1]!;
    if (norms.length > 1) surnameOwners.set(last, (surnameOwners.get(last) ?? 0) + 1);
  }
  const push = (norms: string[], ref: EntityRef): void => {
    const list = byFirst.get(norms[0]!) ?? [];
    list.push({ norms, ref });
    byFirst.set(norms[0]!, list);
  };
  for (const { ref, norms } of names) {
    push(norms, ref);
    const last = norms[norms.length - 1]!;
    if (norms.length > 1 && surnameOwners.get(last) === 1 && last.length >= 3 && !STOP.en.has(last) && !STOP.hi.has(last)) {
      push([last], ref);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);

  scanned.forEach(({ toks, used }, s) => {
    for (let i = 0; i < toks.length; i++) {
      if (used[i]) continue;
      const list = byFirst.get(toks.norms[i] as string);
      const hit = list?.find(
        ({ norms }) => norms.every((n, k) => toks.norms[i + k] === n && !used[i + k]) && (hasDevanagari(toks.raw(i)) || LATIN_WORD.test(toks.raw(i))),
      );
      if (!hit) continue;
      note(hit.ref, s * 100_000 + i);
      used.fill(1, i, i + hit.norms.length);
      i += hit.norms.length - 1;
    }
  });
}
