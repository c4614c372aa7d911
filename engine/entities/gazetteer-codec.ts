/**
 * The gazetteer's compiled index as text, for engine/compiled/: what compileGazetteer builds,
 * written by `npm run build:index` and read back at run time without tokenising a single name.
 *
 * `refs`: one line per entity, `id|kind|hi|en`, the id left empty when it is `kind:en`.
 * `candidates`: one line per alias in the index's order (grouped by first word, each group in
 * match order), `norm …|raw …|cases|plus|target`: the raw words left empty when they are the
 * norms, `cases` one letter per word (a any, c capitalised, u upper case, e exact), `plus` "+" or
 * nothing, `target` an entity's line number, or "t" for a title ("h" for an honorific).
 */
import type { EntityKind } from '../types';
import type { Candidate, CaseRule, EntityRef, GazetteerIndex } from './gazetteer';

/** A gazetteer index as text (see the file comment). */
export interface EncodedGazetteer {
  refs: string;
  candidates: string;
}

const RULE_LETTER: Record<CaseRule, string> = { any: 'a', cap: 'c', upper: 'u', exact: 'e' };
const LETTER_RULE: Record<string, CaseRule> = { a: 'any', c: 'cap', u: 'upper', e: 'exact' };

/** Writes a compiled gazetteer index as text. */
export function encodeGazetteer(index: GazetteerIndex): EncodedGazetteer {
  const ids = new Map<EntityRef, number>();
  const refs: string[] = [];
  const candidates: string[] = [];
  for (const list of index.values()) {
    for (const c of list) {
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
      const words = (xs: readonly string[]): string => xs.map((x) => field(x, ' ')).join(' ');
      const raws = c.raws.length === c.norms.length && c.raws.every((r, k) => r === c.norms[k]) ? '' : words(c.raws);
      candidates.push([words(c.norms), raws, c.cases.map((r) => RULE_LETTER[r]).join(''), c.plus ? '+' : '', target].join('|'));
    }
  }
  return { refs: refs.join('\n'), candidates: candidates.join('\n') };
}

/** Reads an index written by encodeGazetteer (one EntityRef per entity, shared by its aliases). */
export function decodeGazetteer(encoded: EncodedGazetteer): GazetteerIndex {
  const refs: EntityRef[] = encoded.refs.split('\n').map((line) => {
    const [id, kind, hi, en] = line.split('|') as [string, EntityKind, string, string];
    return { id: id || `${kind}:${en}`, kind, en, hi };
  });
  const index: GazetteerIndex = new Map();
  let first = '';
  let list: Candidate[] = [];
  for (const line of encoded.candidates.split('\n')) {
    const [norms, raws, cases, plus, target] = line.split('|') as [string, string, string, string, string];
    const words = norms.split(' ');
    const c: Candidate = {
      norms: words,
      raws: raws ? raws.split(' ') : [...words],
      cases: [...cases].map((l) => LETTER_RULE[l] as CaseRule),
      plus: plus === '+',
      ...(target === 't' || target === 'h' ? { honorific: target === 'h' } : { ref: refs[Number(target)] as EntityRef }),
    };
    if (c.norms[0] !== first) {
      first = c.norms[0] as string;
      list = [];
      index.set(first, list);
    }
    list.push(c);
  }
  return index;
}

/** A field as written: never empty, and free of its separator, "|" and line breaks. */
function field(value: string, separator: string): string {
  if (value === '' || value.includes(separator) || /[|\n\r]/.test(value)) {
    throw new Error(`encodeGazetteer: cannot write ${JSON.stringify(value)} (empty, or holds "${separator}", "|" or a line break)`);
  }
  return value;
}
