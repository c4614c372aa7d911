/**
 * The name index: every country, place, organisation, person and title alias, by first word,
 * compiled ahead of time from the name tables (engine/entities/gazetteer-sources.ts) and read on
 * first use.
 */
import { GAZETTEER_INDEX } from '../compiled/gazetteer-index.generated';
import type { KeyedIndex } from '../lazy-index';
import type { EntityKind } from '../types';
import { decodeGazetteer } from './gazetteer-codec';
import type { MatchPieces } from './match-tokens';

/** A known entity in both scripts; `id` is unique across kinds (e.g. "country:RU"). */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  hi: string;
  en: string;
}

/** How a word of an alias must be written in the text for the alias to match. */
export type CaseRule = 'any' | 'cap' | 'upper' | 'exact';

/** One alias, split into match pieces, pointing at an entity or at a title. */
export interface Candidate {
  norms: readonly string[];
  raws: readonly string[];
  cases: readonly CaseRule[];
  /** Alias ends in "+" (OPEC+): the text must have "+" right after the last word. */
  plus: boolean;
  ref?: EntityRef;
  /** Set for titles; true for honorifics (Dr., श्री) that may sit between a title and a name. */
  honorific?: boolean;
}

/** Aliases by the normalised form of their first word, in match order (longest first). */
export type GazetteerIndex = KeyedIndex<Candidate>;

function isUpper(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function caseOk(rule: CaseRule, raw: string, aliasRaw: string): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'cap': {
      const first = raw.charAt(0);
      return first !== first.toLowerCase();
    }
    case 'upper':
      return isUpper(raw.replace(/\d/g, '')) || /^\d+$/.test(raw);
    case 'exact':
      return raw === aliasRaw || isUpper(raw);
  }
}

let index: GazetteerIndex | undefined;

/** The bundled index, read from engine/compiled/ on first use (each word's aliases on its first lookup). */
export function gazetteerIndex(): GazetteerIndex {
  return (index ??= decodeGazetteer(GAZETTEER_INDEX));
}

/** The candidate that matches the pieces at `i` (longest first), or undefined. */
export function matchAt(pieces: MatchPieces, i: number): Candidate | undefined {
  const list = gazetteerIndex().get(pieces.norms[i] as string);
  if (!list) return undefined;
  const { norms, text } = pieces;
  outer: for (const c of list) {
    const n = c.norms.length;
    if (i + n > norms.length) continue;
    for (let k = 0; k < n; k++) {
      if (norms[i + k] !== c.norms[k]) continue outer;
    }
    for (let k = 0; k < n; k++) {
      const rule = c.cases[k] as CaseRule;
      if (rule !== 'any' && !caseOk(rule, pieces.raw(i + k), c.raws[k] as string)) continue outer;
    }
    const after = text.charAt(pieces.ends[i + n - 1] as number);
    if (c.plus && after !== '+') continue;
    if (after === '$' && c.ref?.kind === 'country') continue; // "US$ 5 billion" is a currency
    return c;
  }
  return undefined;
}
