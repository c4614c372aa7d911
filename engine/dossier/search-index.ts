/**
 * The dossier search's index: each word's entries, and the words in sorted order (for prefixes).
 * Built from the words each entry carries (normalised when the card was saved, space-separated),
 * at once or a slice at a time, so a page can build it while the reader is idle. It answers at any
 * point of the build: the entries not indexed yet are scanned (the same words, so the same answer). Pure.
 */
import type { DossierEntry } from './entry';

/** Finds entries by word. */
export interface SearchIndex {
  entries: readonly DossierEntry[];
  /** The ids (positions in `entries`) of the entries with `word`: as a whole word, or as a word's start when `prefix`. */
  idsOf: (word: string, prefix: boolean) => Set<number>;
}

/** An index being built: `index` answers throughout, `step` indexes entries until `stop()` says so, `finish` the rest. */
export interface SearchIndexBuilder {
  index: SearchIndex;
  /** Indexes entries, asking `stop` after every few dozen; true once every entry is in. */
  step: (stop: () => boolean) => boolean;
  /** Indexes every entry left; returns `index`. */
  finish: () => SearchIndex;
}

/** True when `words` (space-separated) has `word`, whole or (when `prefix`) as the start of one of them. */
export function hasWord(words: string, word: string, prefix: boolean): boolean {
  if (!word) return false;
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    if (at > 0 && words.charCodeAt(at - 1) !== 0x20) continue;
    const end = at + word.length;
    if (prefix || end === words.length || words.charCodeAt(end) === 0x20) return true;
  }
  return false;
}

/** A builder of the index over `entries`, nothing indexed yet; `slice` entries are indexed between two calls of `stop`. */
export function searchIndexBuilder(entries: readonly DossierEntry[], slice = 64): SearchIndexBuilder {
  const postings = new Map<string, number[]>();
  let next = 0;
  let vocabulary: string[] | null = null;
  const add = (until: number) => {
    for (; next < until; next++) {
      for (const token of (entries[next] as DossierEntry).words.split(' ')) {
        if (!token) continue;
        const list = postings.get(token);
        if (list) list.push(next);
        else postings.set(token, [next]);
      }
    }
    if (next === entries.length) vocabulary ??= [...postings.keys()].sort();
  };
  const idsOf = (word: string, prefix: boolean): Set<number> => {
    const ids = new Set<number>(postings.get(word) ?? []);
    const more = (w: string) => {
      for (const id of postings.get(w) ?? []) ids.add(id);
    };
    if (prefix && vocabulary) {
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((vocabulary[mid] as string) < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && (vocabulary[i] as string).startsWith(word); i++) more(vocabulary[i] as string);
    } else if (prefix) for (const w of postings.keys()) if (w.startsWith(word)) more(w);
    for (let id = next; id < entries.length; id++) if (hasWord((entries[id] as DossierEntry).words, word, prefix)) ids.add(id);
    return ids;
  };
  const index: SearchIndex = { entries, idsOf };
  return {
    index,
    step(stop) {
      while (next < entries.length) {
        add(Math.min(entries.length, next + slice));
        if (stop()) break;
      }
      add(next);
      return next === entries.length;
    },
    finish() {
      add(entries.length);
      return index;
    },
  };
}

/** The index over `entries`, built at once. */
export function buildSearchIndex(entries: readonly DossierEntry[]): SearchIndex {
  return searchIndexBuilder(entries).finish();
}
