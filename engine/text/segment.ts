/**
 * Sentence segmentation for Hindi and English news: Intl.Segmenter (or its fast path for ASCII and
 * Devanagari text, simple-breaks.ts), then repairs for what it gets wrong (abbreviations and
 * initials in both scripts, terminators with no space after them, quotes and brackets). Sentences are offsets into the text, so nothing is lost or reordered.
 */
import type { Lang } from '../types';
import { AFTER_INITIALISM, DEVANAGARI_ABBREVIATIONS, LATIN_BEFORE_LOWER, LATIN_BEFORE_NUMBER, LATIN_TITLES, NEVER_FINAL_INITIALISMS } from './abbreviations';
import { simpleBreaks } from './simple-breaks';

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
const OPENERS = /[([{]/g;
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

/** The whole text as one span without its outer whitespace; none when it is blank (a heading). */
export function wholeSpan(text: string): Span[] {
  const only = trim(text, { start: 0, end: text.length });
  return only.end > only.start ? [only] : [];
}

/** Splits one block of text into sentence spans. */
export function splitSentences(text: string, lang: Lang): Span[] {
  if (!hasInnerBreak(text)) return wholeSpan(text);
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
