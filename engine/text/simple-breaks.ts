/**
 * The segmenter's fast path: UAX #29 sentence breaks applied directly to ASCII and Devanagari
 * text, so Intl.Segmenter (and ICU's break rules) are needed only for rarer text.
 */

// Intl.Segmenter (ICU, Unicode UAX #29 sentence rules) costs more than the rest of segmentation,
// and its first use in a process loads ICU's break rules (several milliseconds). For blocks
// written in ASCII and Devanagari with no line break, simpleBreaks applies the same rules itself:
// after a terminator, its closing quotes/brackets and spaces, a sentence ends unless a comma,
// colon, dash or another terminator follows; a full stop also does not end one before a digit
// (3.5), between letters and a capital (U.S), or when a lower-case word follows (SB6–SB8). It
// gives up (null) on any character whose sentence-break class it does not know, and where a
// sentence would start with something rarer than a letter, digit or quote.

// The sentence-break classes of the characters simpleBreaks knows (UAX #29).
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const OLETTER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;
const EXTEND = 10;
const UNKNOWN = -1;

// Quotes and brackets (the sentence-break class Close).
function isClose(c: number): boolean {
  if (c < 0x80) return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
  return c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}
function isSp(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}
// , - : – —
function isSContinue(c: number): boolean {
  return c === 0x2c || c === 0x2d || c === 0x3a || c === 0x2013 || c === 0x2014;
}

// The class of a character simpleBreaks knows: printable ASCII, the Devanagari block but the
// abbreviation sign and the high spacing dot, the spaces, closers and dashes above, and the
// joiners inside Devanagari words; UNKNOWN for any other.
function sbClass(c: number): number {
  if (c >= 0x20 && c < 0x7f) {
    if (c >= 0x61 && c <= 0x7a) return LOWER;
    if (c >= 0x41 && c <= 0x5a) return UPPER;
    if (c >= 0x30 && c <= 0x39) return NUMERIC;
    if (c === 0x2e) return ATERM;
    if (c === 0x21 || c === 0x3f) return STERM;
    if (c === 0x20) return SP;
    if (isClose(c)) return CLOSE;
    if (isSContinue(c)) return SCONTINUE;
    return OTHER;
  }
  if (c >= 0x900 && c <= 0x97f) {
    if (c === 0x964 || c === 0x965) return STERM;
    if (c >= 0x966 && c <= 0x96f) return NUMERIC;
    if (c === 0x970 || c === 0x971) return UNKNOWN;
    // Signs and matras (Mn, Mc): they extend the letter before them.
    if (c <= 0x903 || (c >= 0x93a && c <= 0x93c) || (c >= 0x93e && c <= 0x94f) || (c >= 0x951 && c <= 0x957) || c === 0x962 || c === 0x963) return EXTEND;
    return OLETTER;
  }
  if (c === 0x200c || c === 0x200d) return EXTEND;
  if (isSp(c)) return SP;
  if (isClose(c)) return CLOSE;
  if (isSContinue(c)) return SCONTINUE;
  return UNKNOWN;
}

/** Sentence ends (exclusive offsets, the last one text.length) as Intl.Segmenter finds them, or null when unsure. */
export function simpleBreaks(text: string): number[] | null {
  const n = text.length;
  if (n === 0) return null;
  const cls = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const c = sbClass(text.charCodeAt(i));
    if (c === UNKNOWN) return null;
    cls[i] = c;
  }
  const cuts: number[] = [];
  let i = 0;
  while (i < n) {
    const term = cls[i];
    if (term !== STERM && term !== ATERM) {
      i++;
      continue;
    }
    let j = i + 1;
    if (j < n && cls[j] === EXTEND) return null; // a mark on a terminator: rare, left to ICU
    if (term === ATERM && j < n) {
      // SB6: "3.5"; SB7: "U.S", "said.The" (the letter before the stop, past its marks).
      if (cls[j] === NUMERIC) {
        i = j;
        continue;
      }
      let b = i - 1;
      while (b >= 0 && cls[b] === EXTEND) b--;
      if (cls[j] === UPPER && b >= 0 && (cls[b] === UPPER || cls[b] === LOWER)) {
        i = j;
        continue;
      }
    }
    while (j < n && cls[j] === CLOSE) j++;
    const afterClose = j;
    while (j < n && cls[j] === SP) j++;
    if (j >= n) break;
    const c = cls[j];
    // SB8a: a comma, colon, dash or another terminator goes on with the sentence (a terminator
    // here starts a new run).
    if (c === SCONTINUE || c === STERM || c === ATERM) {
      i = j;
      continue;
    }
    const starts = c === LOWER || c === UPPER || c === OLETTER || c === NUMERIC || (j > afterClose && c === CLOSE);
    if (!starts) return null;
    // SB8: after a full stop, no break when the next letter (past digits, quotes, spaces,
    // punctuation) is lower case: "e.g. the", "p. 5 of".
    if (term === ATERM) {
      let k = j;
      while (k < n && cls[k] !== OLETTER && cls[k] !== UPPER && cls[k] !== LOWER && cls[k] !== STERM && cls[k] !== ATERM) k++;
      if (k < n && cls[k] === LOWER) {
        i = j;
        continue;
      }
    }
    cuts.push(j);
    i = j;
  }
  cuts.push(n);
  return cuts;
}
