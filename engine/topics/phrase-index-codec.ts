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
      return `${phrase.stems
        .slice(1)
        .map((s) => field(s, ' '))
        .join(' ')}|${refs.join(' ')}`;
    });
    groups.push(records.join('\t'));
  }
  return { credits: credits.join('\n'), keys: keys.join('\n'), groups: groups.join('\n') };
}

/** Reads an index written by encodePhraseIndex; phrases are built on their first stem's first lookup. */
export function decodePhraseIndex(encoded: EncodedPhraseIndex): PhraseIndex {
  const credits = new LazyList<Credit>(encoded.credits, decodeCredit);
  return new LazyIndex<Phrase>(encoded.keys, encoded.groups, (line, first) => decodeGroup(line, first, credits));
}

// The decoders are plain loops over indexOf and split: the lookups that call them are hot, and
// the optimising compiler inlines what they call (destructuring and spreads make that costly).
function decodeCredit(line: string): Credit {
  const f = line.split('|');
  return { topic: f[0] as TopicId, weight: Number(f[1]), term: f.length > 3 ? { en: f[2] as string, hi: f[3] as string } : null };
}

function decodeGroup(line: string, first: string, credits: LazyList<Credit>): Phrase[] {
  const records = line.split('\t');
  const out: Phrase[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as string;
    const bar = record.indexOf('|');
    const stems = [first];
    if (bar > 0) {
      const rest = record.slice(0, bar).split(' ');
      for (let k = 0; k < rest.length; k++) stems.push(rest[k] as string);
    }
    const phraseCredits: Credit[] = [];
    if (bar + 1 < record.length) {
      const ids = record.slice(bar + 1).split(' ');
      for (let k = 0; k < ids.length; k++) phraseCredits.push(credits.at(Number(ids[k])));
    }
    out.push({ stems, credits: phraseCredits });
  }
  return out;
}

/** A field as written: never empty, and free of its separator, "|", tabs and line breaks. */
function field(value: string, separator: string): string {
  if (value === '' || value.includes(separator) || /[|\t\n\r]/.test(value)) {
    throw new Error(`encodePhraseIndex: cannot write ${JSON.stringify(value)} (empty, or holds "${separator}", "|", a tab or a line break)`);
  }
  return value;
}
