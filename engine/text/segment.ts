/**
 * Sentence segmentation for Hindi and English news: Intl.Segmenter, then repairs for what it gets
 * wrong (abbreviations and initials in both scripts, terminators with no space after them, quotes
 * and brackets). Sentences are offsets into the text, so nothing is lost or reordered.
 */
import type { Lang } from '../types';
import { AFTER_INITIALISM, DEVANAGARI_ABBREVIATIONS, LATIN_BEFORE_LOWER, LATIN_BEFORE_NUMBER, LATIN_TITLES, NEVER_FINAL_INITIALISMS } from './abbreviations';

/** A span of a text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// A terminator (with closing quotes/brackets) glued to the next sentence's first letter:
// "होंगे?सईद", "हैं.उन्होंने", "said.The". Digits never follow, so decimals stay whole.
const GLUED = /[.?!।॥]["'”’)\]]*(?=["“‘(]?[\p{Lu}\u0904-\u0939\u0958-\u0961])/gu;
const LAST_WORD = /([\p{L}\p{M}.]+)\.["'”’)\]]*\s*$/u;
const OPENERS = /[(\[{]/g;
const CLOSERS = /[)\]}]/g;

// A terminator (or line break) with more text after it: only then can a block hold two sentences.
// Two linear scans (the first terminator, then a letter or digit after it): the single regex
// /[.?!।॥\n][^]*[\p{L}\p{Nd}]/ backtracked over every terminator, quadratic on a run of dandas.
const TERMINATOR = /[.?!।॥\n]/;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
function hasInnerBreak(text: string): boolean {
  const first = text.search(TERMINATOR);
  return first >= 0 && LETTER_OR_DIGIT.test(text.slice(first + 1));
}

/** Splits one block of text into sentence spans. */
export function splitSentences(text: string, lang: Lang): Span[] {
  if (!hasInnerBreak(text)) {
    const only = trim(text, { start: 0, end: text.length });
    return only.end > only.start ? [only] : [];
  }
  const raw: Span[] = [];
  const simple = simpleBreaks(text);
  if (simple) {
    let from = 0;
    for (const cut of simple) {
      splitGlued(text, from, cut, raw);
      from = cut;
    }
  } else {
    for (const [start, end] of segmentSpans(text, lang)) splitGlued(text, start, end, raw);
  }
  const merged = mergeFalseBreaks(text, raw);
  const out: Span[] = [];
  for (const span of merged) {
    const trimmed = trim(text, span);
    if (trimmed.end > trimmed.start) out.push(trimmed);
  }
  return out;
}

// Intl.Segmenter's time grows with the square of the string it is given (V8/ICU here: 100k
// characters 0.37 s, 200k 1.6 s; 5k-character pieces of the same 200k, 19 ms). Long text is
// therefore segmented in pieces cut where UAX #29 breaks whatever comes before or after: after a
// line break (SB4), or after a terminator, its closers and spaces when an upper-case or other
// (say Devanagari) letter follows (SB11; SB8 holds back a break only before a lower-case one).
// The result is the same as segmenting the whole; a hostile run with no such place in it is cut
// at a space after four pieces' length, the only case that may split where ICU would not.
const PIECE = 4_000;
const SAFE_CUT = /\n|[.?!।॥]["'”’)\]]*[ \t\u00a0]+(?=[\p{Lu}\p{Lo}])/u;

/**
 * Intl.Segmenter's sentence spans over the text, found piece by piece (see above): pieces of about
 * `piece` characters, a safe cut looked for in the `reach` characters after each.
 */
export function segmentSpans(text: string, lang: Lang, piece = PIECE, reach = 4 * PIECE): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    const to = text.length - from > 2 * piece ? cutAfter(text, from + piece, reach) : text.length;
    for (const seg of segmenter(lang).segment(text.slice(from, to))) out.push([from + seg.index, from + seg.index + seg.segment.length]);
    from = to;
  }
  return out;
}

/**
 * The first safe cut in the `reach` characters from `at`; else the first space after them; else
 * the end. Each search reads a bounded window, so cutting stays linear.
 */
function cutAfter(text: string, at: number, reach: number): number {
  const limit = at + reach;
  const m = SAFE_CUT.exec(text.slice(at, limit + 1));
  if (m && at + m.index < limit) return at + m.index + m[0].length;
  const space = text.indexOf(' ', limit);
  return space < 0 ? text.length : space + 1;
}

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

// Cheap pre-test: a terminator followed by something other than space or more closers.
const MAYBE_GLUED = /[.?!।॥]["'”’)\]]*[^\s"'”’)\].?!।॥]/;

function splitGlued(text: string, start: number, end: number, out: Span[]): void {
  const piece = text.slice(start, end);
  if (!MAYBE_GLUED.test(piece)) {
    out.push({ start, end });
    return;
  }
  let from = 0;
  for (const m of piece.matchAll(GLUED)) {
    const cut = m.index + m[0].length;
    if (cut >= piece.trimEnd().length) continue;
    if (isAbbreviationBefore(piece, m.index)) continue;
    out.push({ start: start + from, end: start + cut });
    from = cut;
  }
  out.push({ start: start + from, end });
}

// True when the "." at `dot` closes an abbreviation or an initial rather than a sentence.
function isAbbreviationBefore(piece: string, dot: number): boolean {
  if (piece[dot] !== '.') return false;
  const word = /([\p{L}\p{M}]+)$/u.exec(piece.slice(0, dot))?.[1] ?? '';
  if (DEVANAGARI_ABBREVIATIONS.has(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // U.S.A, J.K.Rowling
  return LATIN_TITLES.has(word.toLowerCase());
}

function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  // Brackets left open in the sentence so far, kept as spans join (never by recounting a growing
  // sentence: that was quadratic on a long run of joins).
  let open = 0;
  for (const span of spans) {
    const prev = out[out.length - 1];
    const piece = text.slice(span.start, span.end);
    const balance = count(piece, OPENERS) - count(piece, CLOSERS);
    // Only the end of the previous sentence matters to the rules below.
    if (prev && shouldJoin(text.slice(Math.max(prev.start, prev.end - 128), prev.end), open > 0, piece)) {
      prev.end = span.end;
      open += balance;
    } else {
      out.push({ ...span });
      open = balance;
    }
  }
  return out;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function shouldJoin(prev: string, bracketOpen: boolean, next: string): boolean {
  const head = next.trimStart();
  if (head === '') return true;
  const first = head[0] ?? '';
  // A split before a closing bracket/quote, or before a lower-case word, is never a sentence start.
  if (/[)\]}”’»,;:]/.test(first) || /\p{Ll}/u.test(first)) return true;
  // A bracket left open: "(from 3.2 per cent. Then …)".
  if (bracketOpen) return true;

  // Only a period (with closing quotes) can end an abbreviation; skip the regex otherwise.
  const tail = prev.trimEnd().replace(/["'”’)\]]+$/, '');
  if (!tail.endsWith('.')) return false;
  const m = LAST_WORD.exec(tail.slice(-64));
  if (!m) return false;
  const word = m[1] ?? '';
  const lower = word.toLowerCase();
  const startsWithDigit = /^\p{Nd}/u.test(first);
  const nextWord = /^["“‘(]?([\p{L}\p{M}]+)/u.exec(head)?.[1]?.toLowerCase() ?? '';

  const lastPart = word.slice(word.lastIndexOf('.') + 1); // "डॉ.एस" → "एस"
  if (DEVANAGARI_ABBREVIATIONS.has(lastPart)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "S. Jaishankar"
  if (LATIN_TITLES.has(lower)) return true;
  if (LATIN_BEFORE_NUMBER.has(lower) && startsWithDigit) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // An initialism such as U.S. or U.N.: joined when the next word continues a noun phrase.
    if (NEVER_FINAL_INITIALISMS.has(lower)) return true;
    return startsWithDigit || AFTER_INITIALISM.has(nextWord) || LATIN_TITLES.has(nextWord);
  }
  return LATIN_BEFORE_LOWER.has(lower) && startsWithDigit;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
