/**
 * The gazetteer's compiled index as text, for engine/compiled/: what compileGazetteer builds,
 * written by `npm run build:index` and read back at run time without tokenising a single name,
 * each first word's aliases only when a text first has that word.
 *
 * `refs`: one line per entity, `id|kind|hi|en`, the id left empty when it is `kind:en`. `keys`:
 * the aliases' first words (normalised), one a line. `groups`: line for line, that word's aliases
 * in match order, separated by tabs, each `norm …|raw …|cases|plus|target`: its normalised words
 * after the first, its words as written (left empty when they are the normalised ones), `cases`
 * one letter per word (a any, c capitalised, u upper case, e exact), `plus` "+" or nothing, and
 * `target` an entity's line number, or "t" for a title ("h" for an honorific).
 */
import { LazyIndex, LazyList } from '../lazy-index';
import type { EntityKind } from '../types';
import type { Candidate, CaseRule, EntityRef, GazetteerIndex } from './gazetteer';

/** A gazetteer index as text (see the file comment). */
export interface EncodedGazetteer {
  refs: string;
  keys: string;
  groups: string;
}

const RULE_LETTER: Record<CaseRule, string> = { any: 'a', cap: 'c', upper: 'u', exact: 'e' };
const LETTER_RULE: Record<string, CaseRule> = { a: 'any', c: 'cap', u: 'upper', e: 'exact' };

/** Writes a compiled gazetteer index as text. */
export function encodeGazetteer(index: ReadonlyMap<string, readonly Candidate[]>): EncodedGazetteer {
  const ids = new Map<EntityRef, number>();
  const refs: string[] = [];
  const keys: string[] = [];
  const groups: string[] = [];
  const words = (xs: readonly string[]): string => xs.map((x) => field(x, ' ')).join(' ');
  for (const [first, list] of index) {
    keys.push(field(first, ' '));
    const records = list.map((c) => {
      if (c.norms[0] !== first) throw new Error(`encodeGazetteer: ${c.norms.join(' ')} is filed under ${first}`);
      let target: string;
      if (c.ref) {
        let id = ids.get(c.ref);
        if (id === undefined) {
          id = refs.length;
          ids.set(c.ref, id);
          const written = c.ref.id === `${c.ref.kind}:${c.ref.en}` ? '' : field(c.ref.id, '|');
          refs.push(`${written}|${[c.ref.kind, c.ref.hi, c.ref.en].map((v) => field(v, '|')).join('|')}`);
        }
        target = String(id);
      } else {
        target = c.honorific ? 'h' : 't';
      }
      const raws = c.raws.length === c.norms.length && c.raws.every((r, k) => r === c.norms[k]) ? '' : words(c.raws);
      return [words(c.norms.slice(1)), raws, c.cases.map((r) => RULE_LETTER[r]).join(''), c.plus ? '+' : '', target].join('|');
    });
    groups.push(records.join('\t'));
  }
  return { refs: refs.join('\n'), keys: keys.join('\n'), groups: groups.join('\n') };
}

/** Reads an index written by encodeGazetteer (one EntityRef per entity, shared by its aliases). */
export function decodeGazetteer(encoded: EncodedGazetteer): GazetteerIndex {
  const refs = new LazyList<EntityRef>(encoded.refs, decodeRef);
  return new LazyIndex<Candidate>(encoded.keys, encoded.groups, (line, first) => decodeGroup(line, first, refs));
}

// Plain loops over split, no destructuring or spreads: matchAt, which calls these on a first
// lookup, is hot, and the optimising compiler inlines what it calls.
function decodeRef(line: string): EntityRef {
  const f = line.split('|');
  const kind = f[1] as EntityKind;
  const en = f[3] as string;
  return { id: f[0] || `${kind}:${en}`, kind, en, hi: f[2] as string };
}

function decodeGroup(line: string, first: string, refs: LazyList<EntityRef>): Candidate[] {
  const records = line.split('\t');
  const out: Candidate[] = [];
  for (let r = 0; r < records.length; r++) {
    const f = (records[r] as string).split('|');
    const norms = [first];
    if (f[0]) {
      const rest = (f[0] as string).split(' ');
      for (let k = 0; k < rest.length; k++) norms.push(rest[k] as string);
    }
    const letters = f[2] as string;
    const cases: CaseRule[] = [];
    for (let k = 0; k < letters.length; k++) cases.push(LETTER_RULE[letters.charAt(k)] as CaseRule);
    const target = f[4] as string;
    const base = { norms, raws: f[1] ? (f[1] as string).split(' ') : norms.slice(), cases, plus: f[3] === '+' };
    out.push(target === 't' || target === 'h' ? { ...base, honorific: target === 'h' } : { ...base, ref: refs.at(Number(target)) });
  }
  return out;
}

/** A field as written: never empty, and free of its separator, "|", tabs and line breaks. */
function field(value: string, separator: string): string {
  if (value === '' || value.includes(separator) || /[|\t\n\r]/.test(value)) {
    throw new Error(`encodeGazetteer: cannot write ${JSON.stringify(value)} (empty, or holds "${separator}", "|", a tab or a line break)`);
  }
  return value;
}
