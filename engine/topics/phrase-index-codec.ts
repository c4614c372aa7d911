/**
 * The compiled lexicon index as text, for engine/compiled/: what compileLexicons builds, written
 * out by `npm run build:index` and read back at run time without stemming a single form.
 *
 * `credits`: one line per Credit object, `topic|weight` or `topic|weight|en|hi` (its key-term
 * pair). `phrases`: one line per phrase, `stem stem …|credit credit …` (credit line numbers;
 * none for a sense), grouped by first stem in the index's order, each group longest first; a
 * line that starts with a space leaves out its group's first stem.
 * Phrases that share a Credit object in the index share its line, so identity is kept.
 */
import type { TopicId } from '../types';
import type { Credit, Phrase, PhraseIndex } from './lexicon';

/** A phrase index as text (see the file comment). */
export interface EncodedPhraseIndex {
  credits: string;
  phrases: string;
}

/** Writes a compiled index (the bundled lexicons', with no reader's keywords) as text. */
export function encodePhraseIndex(index: PhraseIndex): EncodedPhraseIndex {
  const ids = new Map<Credit, number>();
  const credits: string[] = [];
  const phrases: string[] = [];
  for (const list of index.values()) {
    for (const [k, phrase] of list.entries()) {
      const refs = phrase.credits.map((c) => {
        if (c.user) throw new Error('encodePhraseIndex: a reader\'s keyword is not part of the bundled index');
        let id = ids.get(c);
        if (id === undefined) {
          id = credits.length;
          ids.set(c, id);
          credits.push(fields(c.topic, String(c.weight), ...(c.term ? [c.term.en, c.term.hi] : [])));
        }
        return id;
      });
      const stems = phrase.stems.map((s) => field(s, ' '));
      phrases.push(`${k === 0 ? stems.join(' ') : ` ${stems.slice(1).join(' ')}`}|${refs.join(' ')}`);
    }
  }
  return { credits: credits.join('\n'), phrases: phrases.join('\n') };
}

/** Reads an index written by encodePhraseIndex. */
export function decodePhraseIndex(encoded: EncodedPhraseIndex): PhraseIndex {
  const credits: Credit[] = encoded.credits.split('\n').map((line) => {
    const [topic, weight, en, hi] = line.split('|') as [TopicId, string, string?, string?];
    return { topic, weight: Number(weight), term: en !== undefined && hi !== undefined ? { en, hi } : null };
  });
  const index: PhraseIndex = new Map();
  let first = '';
  let list: Phrase[] = [];
  for (const line of encoded.phrases.split('\n')) {
    const bar = line.indexOf('|');
    const refs = line.slice(bar + 1);
    let stems: string[];
    if (line.charCodeAt(0) === 0x20) {
      // " rest …" (or " " alone): the group's first stem goes back in front.
      stems = bar > 1 ? [first, ...line.slice(1, bar).split(' ')] : [first];
    } else {
      stems = line.slice(0, bar).split(' ');
      first = stems[0] as string;
      list = [];
      index.set(first, list);
    }
    list.push({ stems, credits: refs ? refs.split(' ').map((id) => credits[Number(id)] as Credit) : [] });
  }
  return index;
}

/** A record's fields joined by "|". */
function fields(...values: string[]): string {
  return values.map((v) => field(v, '|')).join('|');
}

/** A field as written: never empty, and free of its separator, "|" and line breaks. */
function field(value: string, separator: string): string {
  if (value === '' || value.includes(separator) || /[|\n\r]/.test(value)) {
    throw new Error(`encodePhraseIndex: cannot write ${JSON.stringify(value)} (empty, or holds "${separator}", "|" or a line break)`);
  }
  return value;
}
