/**
 * One language's compiled glossary as text, for engine/compiled/: the phrases glossPhrases
 * builds, with every word's inflections worked out, written by `npm run build:index` and read
 * back at run time without inflecting or normalising a single form.
 *
 * `words`: one line per distinct word, `word|form|…`: its surface forms, in the order a Set keeps
 * them, each written as an edit of the word (`2ों`: drop its last 2 characters, add ों; `0`: the
 * word itself) or, when no such edit exists, in full after "=". `phrases`: one line per phrase in glossPhrases' order, `word word …|concept|position`,
 * then `|cased …` when a word is an acronym (its capitals; "" for the other words). Words are
 * line numbers in `words`; a concept of -1 is a sense.
 */
import type { GlossPhrase } from './match';

/** A language's glossary phrases as text (see the file comment). */
export interface EncodedGlossPhrases {
  words: string;
  phrases: string;
}

/** Writes one language's glossary phrases as text. */
export function encodeGlossPhrases(phrases: readonly GlossPhrase[]): EncodedGlossPhrases {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const lines = phrases.map((p) => {
    const refs = p.exact.map((word, k) => {
      const forms = [...(p.forms[k] as ReadonlySet<string>)].map((f) => encodeForm(word, field(f)));
      const line = [field(word), ...forms].join('|');
      let id = ids.get(line);
      if (id === undefined) {
        id = words.length;
        ids.set(line, id);
        words.push(line);
      }
      return id;
    });
    const head = `${refs.join(' ')}|${p.concept}|${p.position}`;
    return p.cased.some((c) => c !== null) ? `${head}|${p.cased.map((c) => (c === null ? '' : field(c))).join(' ')}` : head;
  });
  return { words: words.join('\n'), phrases: lines.join('\n') };
}

/** Reads phrases written by encodeGlossPhrases (one Set per word, shared by its phrases). */
export function decodeGlossPhrases(encoded: EncodedGlossPhrases): GlossPhrase[] {
  const exact: string[] = [];
  const forms: ReadonlySet<string>[] = [];
  for (const line of encoded.words.split('\n')) {
    const bar = line.indexOf('|');
    const word = line.slice(0, bar);
    exact.push(word);
    forms.push(new Set(line.slice(bar + 1).split('|').map((f) => decodeForm(word, f))));
  }
  return encoded.phrases.split('\n').map((line) => {
    const [refs, concept, position, cased] = line.split('|') as [string, string, string, string?];
    const ids = refs.split(' ').map(Number);
    return {
      exact: ids.map((id) => exact[id] as string),
      forms: ids.map((id) => forms[id] as ReadonlySet<string>),
      cased: cased === undefined ? ids.map(() => null) : cased.split(' ').map((c) => c || null),
      concept: Number(concept),
      position: Number(position),
    };
  });
}

/** A form as an edit of its word: the fewest characters (up to 9) dropped from its end, then a suffix. */
function encodeForm(word: string, form: string): string {
  for (let drop = 0; drop <= Math.min(9, word.length); drop++) {
    const stem = word.slice(0, word.length - drop);
    if (form.startsWith(stem)) return `${drop}${form.slice(stem.length)}`;
  }
  return `=${form}`;
}

function decodeForm(word: string, edit: string): string {
  const drop = edit.charCodeAt(0) - 48; // "0"–"9", or "=" for a form written in full
  return drop >= 0 && drop <= 9 ? word.slice(0, word.length - drop) + edit.slice(1) : edit.slice(1);
}

/** A word or form as written: never empty, and free of spaces, "|" and line breaks. */
function field(value: string): string {
  if (value === '' || /[\s|]/.test(value)) throw new Error(`encodeGlossPhrases: cannot write ${JSON.stringify(value)} (empty, or holds a space, "|" or a line break)`);
  return value;
}
