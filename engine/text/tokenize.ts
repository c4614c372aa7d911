/** Word tokenisation for matching, in Devanagari and Latin script. */
import { normalizeForMatch } from './normalize';

/** A token with its offsets in the original string. */
export interface Token {
  /** Normalised form (see normalizeForMatch). */
  norm: string;
  start: number;
  end: number;
}

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

// Letters, combining marks (matras, virama, anusvara) and digits. A hand-written scan: the
// equivalent Unicode-property regex was the engine's single largest cost on long articles.
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x0900 && code <= 0x097f) return code < 0x0964 || (code >= 0x0966 && code <= 0x096f) || code >= 0x0971;
  if (code === 0x200c || code === 0x200d) return true; // joiners inside Devanagari conjuncts
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0xd800 && code <= 0xdbff) return OTHER_WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return OTHER_WORD_CHAR.test(text.slice(i - 1, i + 1));
  return OTHER_WORD_CHAR.test(text.charAt(i));
}

/**
 * Invisible format characters (zero-width space, word joiner, BOM, soft hyphen, bidi marks and
 * controls): inside a word they are part of it, never a break, and normalisation drops them, so a
 * word a page has salted with them still matches. The text itself keeps them as written.
 */
export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

// Inner apostrophes and dots between word characters stay in the word (U.S., 3.5, don't).
// Hyphens split words, so "आतंकवाद-रोधी" and "आतंकवाद रोधी" tokenise alike.
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e;
}

// Normalising (NFD/NFC round trips) is costly; news repeats its words, so memoise.
const normCache = new Map<string, string>();
const NORM_CACHE_MAX = 50_000;

/** normalizeForMatch for one word, memoised. */
export function normalizeWord(raw: string): string {
  let norm = normCache.get(raw);
  if (norm === undefined) {
    if (normCache.size >= NORM_CACHE_MAX) normCache.clear();
    norm = normalizeForMatch(raw);
    normCache.set(raw, norm);
  }
  return norm;
}

/** Empties the word memo (benchmarks use it to measure a cold article). */
export function clearWordCache(): void {
  normCache.clear();
}

/** Splits text into word tokens (punctuation dropped), keeping offsets into the input. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordChar(code, text, i)) i++;
      else if (isInvisible(code)) {
        // Invisible characters inside a word (any run of them), if a word character follows.
        let j = i + 1;
        while (j < n && isInvisible(text.charCodeAt(j))) j++;
        if (j < n && isWordChar(text.charCodeAt(j), text, j)) i = j;
        else break;
      } else if (isJoiner(code) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      else break;
    }
    out.push({ norm: normalizeWord(text.slice(start, i)), start, end: i });
  }
  return out;
}

/** Normalised word forms of a text, without offsets. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
