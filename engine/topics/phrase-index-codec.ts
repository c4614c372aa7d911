/**
 * The compiled lexicon index as text, for engine/compiled/: what compilePhraseMap builds, written
 * out by `npm run build:index` and read back at run time without stemming a single form, each
 * first stem's phrases only when a text first has that stem.
 *
 * `credits`: one line per Credit object, `topic|weight` or `topic|weight|en|hi` (its key-term
 * pair). `keys`: the first stems, one a line. `groups`: line for line, that stem's phrases,
 * longest first, separated by tabs, each `stem …|credit …`: its stems after the first (none for
 * a one-word phrase) and its credits' line numbers (none for a sense). Phrases that share a
 * Credit object in the index share its line, so identity is kept.
 */
import { LazyIndex, LazyList } from '../lazy-index';
import type { TopicId } from '../types';
import type { Credit, Phrase, PhraseIndex } from './lexicon';

/** A phrase index as text (see the file comment). */
export interface EncodedPhraseIndex {
  credits: string;
  keys: string;
  groups: string;
}

/** Writes a compiled index (the bundled lexicons', with no reader's keywords) as text. */
export function encodePhraseIndex(index: ReadonlyMap<string, readonly Phrase[]>): EncodedPhraseIndex {
  const ids = new Map<Credit, number>();
  const credits: string[] = [];
  const keys: string[] = [];
  const groups: string[] = [];
  for (const [first, list] of index) {
    keys.push(field(first, ' '));
    const records = list.map((phrase) => {
      if (phrase.stems[0] !== first) throw new Error(`encodePhraseIndex: ${phrase.stems.join(' ')} is filed under ${first}`);
      const refs = phrase.credits.map((c) => {
        if (c.user) throw new Error("encodePhraseIndex: a reader's keyword is not part of the bundled index");
        let id = ids.get(c);
        if (id === undefined) {
          id = credits.length;
          ids.set(c, id);
          credits.push([c.topic, String(c.weight), ...(c.term ? [c.term.en, c.term.hi] : [])].map((v) => field(v, '|')).join('|'));
        }
        return id;
      });
      return `${phrase.stems.slice(1).map((s) => field(s, ' ')).join(' ')}|${refs.join(' ')}`;
    });
    groups.push(records.join('\t'));
  }
  return { credits: credits.join('\n'), keys: keys.join('\n'), groups: groups.join('\n') };
}

/** Reads an index written by encodePhraseIndex; phrases are built on their first stem's first lookup. */
export function decodePhraseIndex(encoded: EncodedPhraseIndex): PhraseIndex {
  const credits = new LazyList<Credit>(encoded.credits, (line) => {
    const [topic, weight, en, hi] = line.split('|') as [TopicId, string, string?, string?];
    return { topic, weight: Number(weight), term: en !== undefined && hi !== undefined ? { en, hi } : null };
  });
  return new LazyIndex<Phrase>(encoded.keys, encoded.groups, (line, first) =>
    line.split('\t').map((record) => {
      const bar = record.indexOf('|');
      const refs = record.slice(bar + 1);
      return {
        stems: bar > 0 ? [first, ...record.slice(0, bar).split(' ')] : [first],
        credits: refs ? refs.split(' ').map((id) => credits.at(Number(id))) : [],
      };
    }),
  );
}

/** A field as written: never empty, and free of its separator, "|", tabs and line breaks. */
function field(value: string, separator: string): string {
  if (value === '' || value.includes(separator) || /[|\t\n\r]/.test(value)) {
    throw new Error(`encodePhraseIndex: cannot write ${JSON.stringify(value)} (empty, or holds "${separator}", "|", a tab or a line break)`);
  }
  return value;
}
