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
const SPLIT = /[.\-\u2010-\u2015]/;
const SPLIT_G = /[.\-\u2010-\u2015]/g;
const POSSESSIVE = /['’]s$/i;

/**
 * Tokenises text into match pieces: punctuation dropped, possessive "'s" stripped, offsets kept.
 * Pass the text's tokens when the caller already has them.
 */
export function matchTokens(text: string, tokens: readonly Token[] = tokenize(text)): MatchToken[] {
  const out: MatchToken[] = [];
  for (const t of tokens) {
    let raw = text.slice(t.start, t.end);
    let norm = t.norm;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      norm = normalizeWord(raw);
    }
    if (!SPLIT.test(raw)) {
      out.push({ norm, raw, start: t.start, end: t.start + raw.length });
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

function pushPiece(out: MatchToken[], piece: string, start: number): void {
  if (!piece) return;
  out.push({ norm: normalizeWord(piece), raw: piece, start, end: start + piece.length });
}

/** The match key of a name: its normalised pieces joined by single spaces. */
export function matchKey(name: string): string {
  return matchTokens(name)
    .map((t) => t.norm)
    .join(' ');
}
