/**
 * One language's compiled glossary as text, for engine/compiled/: the phrases glossPhrases
 * builds and their index, with every word's inflections worked out, written by
 * `npm run build:index` and read back at run time without inflecting or normalising a single
 * form, each surface form's phrases only when a text first has it.
 *
 * The index files each phrase under every surface form of its first word. `keys`: those forms,
 * one a line, word by word (each word's in the order its Set keeps them). `firsts`: one line per
 * first word, in the order the index meets them, `count|phrase …`: how many lines of `keys` are its
 * forms, and its phrases (line numbers in `phrases`). `words`: one line per distinct word of the
 * phrases, `word#n` for the first word on line n of `firsts` (its forms are its keys), else
 * `word|form|…`, each form written as an edit of the word (`2ों`: drop its last 2 characters, add
 * ों; `0`: the word itself) or, when no such edit exists, in full after "=". `phrases`: one line per
 * phrase in glossPhrases' order, `word word …|concept|position`, then `|cased …` when a word is an
 * acronym (its capitals; "" for the other words); words are line numbers in `words`, a concept of
 * -1 is a sense.
 */
import { LazyList, type KeyedIndex } from '../lazy-index';
import type { GlossIndex, GlossPhrase } from './match';

/** A language's glossary as text (see the file comment). */
export interface EncodedGlossIndex {
  keys: string;
  firsts: string;
  words: string;
  phrases: string;
}

/** Writes one language's glossary phrases (as glossPhrases lists them, indexed as indexGlossPhrases does) as text. */
export function encodeGlossIndex(phrases: readonly GlossPhrase[]): EncodedGlossIndex {
  // Words are told apart by their text and forms (one Set per word in the compiled index).
  const wordKey = (p: GlossPhrase, k: number): string => `${p.exact[k]}|${[...(p.forms[k] as ReadonlySet<string>)].join('|')}`;
  const firsts = new Map<string, { forms: string[]; phrases: number[] }>();
  phrases.forEach((p, i) => {
    const key = wordKey(p, 0);
    const first = firsts.get(key);
    if (first) first.phrases.push(i);
    else firsts.set(key, { forms: [...(p.forms[0] as ReadonlySet<string>)].map(field), phrases: [i] });
  });
  const firstLine = new Map([...firsts.keys()].map((key, n) => [key, n]));
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const lines = phrases.map((p) => {
    const refs = p.exact.map((word, k) => {
      const key = wordKey(p, k);
      let id = wordIds.get(key);
      if (id === undefined) {
        id = words.length;
        wordIds.set(key, id);
        const n = firstLine.get(key);
        words.push(
          n === undefined ? [field(word), ...[...(p.forms[k] as ReadonlySet<string>)].map((f) => encodeForm(word, field(f)))].join('|') : `${field(word)}#${n}`,
        );
      }
      return id;
    });
    const head = `${refs.join(' ')}|${p.concept}|${p.position}`;
    return p.cased.some((c) => c !== null) ? `${head}|${p.cased.map((c) => (c === null ? '' : field(c))).join(' ')}` : head;
  });
  return {
    keys: [...firsts.values()].flatMap((f) => f.forms).join('\n'),
    firsts: [...firsts.values()].map((f) => `${f.forms.length}|${f.phrases.join(' ')}`).join('\n'),
    words: words.join('\n'),
    phrases: lines.join('\n'),
  };
}

/** Reads a glossary written by encodeGlossIndex (one Set per word, one object per phrase, both shared). */
export function decodeGlossIndex(encoded: EncodedGlossIndex): GlossIndex {
  return new GlossaryIndex(encoded);
}

/**
 * The index read from the text: each key points at its first word's line of `firsts` (or lines,
 * when two first words share a form); a key's phrases are read on its first lookup, in phrase
 * order, as indexGlossPhrases files them.
 */
class GlossaryIndex implements KeyedIndex<GlossPhrase> {
  private readonly slots = new Map<string, number | number[]>();
  private readonly lists = new Map<string, readonly GlossPhrase[]>();
  private readonly firsts: string[];
  /** Where each first word's forms start in `keys` (one more entry: the end). */
  private readonly starts: number[];
  private readonly allKeys: string[];
  private readonly words: LazyList<{ exact: string; forms: ReadonlySet<string> }>;
  private readonly phrases: LazyList<GlossPhrase>;

  constructor(encoded: EncodedGlossIndex) {
    this.allKeys = encoded.keys.split('\n');
    this.firsts = encoded.firsts.split('\n');
    this.starts = new Array<number>(this.firsts.length + 1);
    let k = 0;
    for (let n = 0; n < this.firsts.length; n++) {
      const line = this.firsts[n] as string;
      this.starts[n] = k;
      const end = k + Number(line.slice(0, line.indexOf('|')));
      for (; k < end; k++) {
        const form = this.allKeys[k] as string;
        const seen = this.slots.get(form);
        this.slots.set(form, seen === undefined ? n : [...(typeof seen === 'number' ? [seen] : seen), n]);
      }
    }
    this.starts[this.firsts.length] = k;
    this.words = new LazyList(encoded.words, (line) => this.decodeWord(line));
    this.phrases = new LazyList(encoded.phrases, (line) => this.decodePhrase(line));
  }

  // Plain loops over split, no destructuring or spreads: matchGlossary, which calls these on a
  // first lookup, is hot, and the optimising compiler inlines what it calls.
  private decodeWord(line: string): { exact: string; forms: ReadonlySet<string> } {
    const hash = line.indexOf('#');
    if (hash >= 0) {
      const n = Number(line.slice(hash + 1));
      return { exact: line.slice(0, hash), forms: new Set(this.allKeys.slice(this.starts[n], this.starts[n + 1])) };
    }
    const f = line.split('|');
    const word = f[0] as string;
    const forms = new Set<string>();
    for (let k = 1; k < f.length; k++) forms.add(decodeForm(word, f[k] as string));
    return { exact: word, forms };
  }

  private decodePhrase(line: string): GlossPhrase {
    const f = line.split('|');
    const ids = (f[0] as string).split(' ');
    const cased = f.length > 3 ? (f[3] as string).split(' ') : null;
    const phrase: GlossPhrase = { exact: [], forms: [], cased: [], concept: Number(f[1]), position: Number(f[2]) };
    for (let k = 0; k < ids.length; k++) {
      const w = this.words.at(Number(ids[k]));
      phrase.exact.push(w.exact);
      phrase.forms.push(w.forms);
      phrase.cased.push(cased ? cased[k] || null : null);
    }
    return phrase;
  }

  get(form: string): readonly GlossPhrase[] | undefined {
    const slot = this.slots.get(form);
    if (slot === undefined) return undefined;
    let list = this.lists.get(form);
    if (!list) {
      list = this.phrasesOf(typeof slot === 'number' ? [slot] : slot);
      this.lists.set(form, list);
    }
    return list;
  }

  /** The phrases of some first words' lines, in phrase order. */
  private phrasesOf(slots: readonly number[]): GlossPhrase[] {
    const ids: number[] = [];
    for (const n of slots) {
      const line = this.firsts[n] as string;
      const refs = line.slice(line.indexOf('|') + 1).split(' ');
      for (let k = 0; k < refs.length; k++) ids.push(Number(refs[k]));
    }
    if (slots.length > 1) ids.sort((a, b) => a - b);
    const out: GlossPhrase[] = [];
    for (let k = 0; k < ids.length; k++) out.push(this.phrases.at(ids[k] as number));
    return out;
  }

  keys(): Iterable<string> {
    return this.slots.keys();
  }
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

/** A word or form as written: never empty, and free of spaces, "|", "#" and line breaks. */
function field(value: string): string {
  if (value === '' || /[\s|#]/.test(value))
    throw new Error(`encodeGlossIndex: cannot write ${JSON.stringify(value)} (empty, or holds a space, "|", "#" or a line break)`);
  return value;
}
