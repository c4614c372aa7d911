/** Word pieces for gazetteer matching: the shared tokenizer, split further at dots and hyphens. */
import { normalizeWord, tokenize, type Token } from '../text/tokenize';

/** One matchable word piece with its offsets in the input and its raw text. */
export interface MatchToken {
  /** Normalised form (normalizeWord). */
  norm: string;
  /** The piece as written (for case checks and display). */
  raw: string;
  start: number;
  end: number;
}

// Splitting at dots and hyphens makes "U.S." ≡ "U S", "भारत-रूस" ≡ "भारत रूस", "G-20" ≡ "G 20",
// whether or not the tokenizer itself keeps hyphens inside words.
const SPLIT_G = /[.\-\u2010-\u2015]/g;

// A dot or a hyphen/dash in text[start, end) (what SPLIT_G finds): most words have none.
function hasSplit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x2d || (c >= 0x2010 && c <= 0x2015)) return true;
  }
  return false;
}

// text[start, end) ends in 's or ’s (either case of s).
function isPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2) return false;
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}

/**
 * A text's match pieces as parallel arrays (one object per sentence, not one per word). A piece's
 * raw text is always `text.slice(start, end)`.
 */
export class MatchPieces {
  readonly norms: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {}

  get length(): number {
    return this.norms.length;
  }

  /** Piece `i` as written (for case checks and display). */
  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  push(norm: string, start: number, end: number): void {
    this.norms.push(norm);
    this.starts.push(start);
    this.ends.push(end);
  }
}

/**
 * Splits text into match pieces: punctuation dropped, possessive "'s" stripped, offsets kept.
 * Pass the text's tokens when the caller already has them.
 */
export function matchPieces(text: string, tokens: readonly Token[] = tokenize(text)): MatchPieces {
  const out = new MatchPieces(text);
  for (const t of tokens) {
    if (!isPossessive(text, t.start, t.end) && !hasSplit(text, t.start, t.end)) {
      out.push(t.norm, t.start, t.end);
      continue;
    }
    let raw = text.slice(t.start, t.end);
    let norm = t.norm;
    if (isPossessive(text, t.start, t.end)) {
      raw = raw.slice(0, -2);
      norm = normalizeWord(raw);
    }
    if (!hasSplit(raw, 0, raw.length)) {
      out.push(norm, t.start, t.start + raw.length);
      continue;
    }
    let from = 0;
    for (const m of raw.matchAll(SPLIT_G)) {
      pushPiece(out, raw.slice(from, m.index), t.start + from);
      from = m.index + 1;
    }
    pushPiece(out, raw.slice(from), t.start + from);
  }
  return out;
}

function pushPiece(out: MatchPieces, piece: string, start: number): void {
  if (piece) out.push(normalizeWord(piece), start, start + piece.length);
}

/** Tokenises text into match pieces, one object each (see matchPieces). */
export function matchTokens(text: string, tokens?: readonly Token[]): MatchToken[] {
  const p = matchPieces(text, tokens);
  return p.norms.map((norm, i) => ({ norm, raw: p.raw(i), start: p.starts[i] as number, end: p.ends[i] as number }));
}

/** The match key of a name: its normalised pieces joined by single spaces. */
export function matchKey(name: string): string {
  return matchTokens(name)
    .map((t) => t.norm)
    .join(' ');
}
