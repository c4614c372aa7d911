/**
 * Sentence segmentation for Hindi and English news: Intl.Segmenter, then repairs for what it gets
 * wrong (abbreviations and initials in both scripts, terminators with no space after them, quotes
 * and brackets). Sentences are offsets into the text, so nothing is lost or reordered.
 */
import type { Lang } from '../types';
import {
  AFTER_INITIALISM,
  DEVANAGARI_ABBREVIATIONS,
  LATIN_BEFORE_LOWER,
  LATIN_BEFORE_NUMBER,
  LATIN_TITLES,
  NEVER_FINAL_INITIALISMS,
} from './abbreviations';

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
    for (const seg of segmenter(lang).segment(text)) {
      splitGlued(text, seg.index, seg.index + seg.segment.length, raw);
    }
  }
  const merged = mergeFalseBreaks(text, raw);
  const out: Span[] = [];
  for (const span of merged) {
    const trimmed = trim(text, span);
    if (trimmed.end > trimmed.start) out.push(trimmed);
  }
  return out;
}

// Intl.Segmenter (ICU, Unicode UAX #29 sentence rules) costs more than the rest of segmentation.
// For the common Hindi block written with danda, ? and ! only (no full stop, no line break), the
// rules reduce to: after a terminator, its closing quotes/brackets and spaces, a sentence ends
// unless a comma, colon, dash or another terminator follows. simpleBreaks applies exactly that,
// and gives up (null) on any character whose sentence-break class it does not know.
// ! ? । ॥
function isSTerm(c: number): boolean {
  return c === 0x21 || c === 0x3f || c === 0x964 || c === 0x965;
}
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

// Characters simpleBreaks knows: printable ASCII but the full stop, the Devanagari block but the
// abbreviation sign, the spaces, closers and dashes above, and the joiners inside Devanagari words.
function isKnown(c: number): boolean {
  if (c >= 0x20 && c < 0x7f) return c !== 0x2e;
  if (c >= 0x900 && c <= 0x97f) return c !== 0x970;
  return c === 0x200c || c === 0x200d || isSp(c) || isClose(c) || isSContinue(c);
}

// A character after which (terminator, closers, spaces) a new sentence certainly starts:
// a letter or digit (ASCII or Devanagari, no combining mark), or after a space an opening quote.
function startsSentence(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return (c >= 0x904 && c <= 0x939) || c === 0x93d || c === 0x950 || (c >= 0x958 && c <= 0x961) || (c >= 0x966 && c <= 0x96f) || (c >= 0x972 && c <= 0x97f);
}

/** Sentence ends (exclusive offsets, the last one text.length) as Intl.Segmenter finds them, or null when unsure. */
export function simpleBreaks(text: string): number[] | null {
  const n = text.length;
  if (n === 0) return null;
  for (let i = 0; i < n; i++) if (!isKnown(text.charCodeAt(i))) return null;
  const cuts: number[] = [];
  let i = 0;
  while (i < n) {
    if (!isSTerm(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSTerm(text.charCodeAt(j))) j++; // "?!" is one terminator run
    while (j < n && isClose(text.charCodeAt(j))) j++;
    const afterClose = j;
    while (j < n && isSp(text.charCodeAt(j))) j++;
    if (j >= n) break;
    const c = text.charCodeAt(j);
    if (isSContinue(c) || isSTerm(c)) {
      i = j; // no break: the sentence goes on (a terminator here starts a new run)
      continue;
    }
    if (startsSentence(c) || (j > afterClose && isClose(c))) {
      cuts.push(j);
      i = j;
      continue;
    }
    return null;
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
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  const head = next.trimStart();
  if (head === '') return true;
  const first = head[0] ?? '';
  // A split before a closing bracket/quote, or before a lower-case word, is never a sentence start.
  if (/[)\]}”’»,;:]/.test(first) || /\p{Ll}/u.test(first)) return true;
  // A bracket left open: "(from 3.2 per cent. Then …)".
  if (/[(\[{]/.test(prev) && (prev.match(OPENERS)?.length ?? 0) > (prev.match(CLOSERS)?.length ?? 0)) return true;

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
