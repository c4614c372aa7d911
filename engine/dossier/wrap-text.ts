/**
 * Line wrapping by measured width, for text drawn on a canvas. The width of a piece of text comes
 * from an injected `measure` (a canvas's measureText in the page; a fixed-width fake in tests), so
 * this stays pure. Lines break at spaces; a word wider than the line breaks between grapheme
 * clusters, never inside one (a Devanagari conjunct or a vowel sign stays whole).
 */

/** The drawn width of `text` in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text's grapheme clusters. */
export function clusters(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Breaks one word wider than `max` into pieces that fit (at least one cluster each). */
function breakWord(word: string, max: number, font: string, measure: Measure): string[] {
  const out: string[] = [];
  let piece = '';
  for (const c of clusters(word)) {
    if (piece && measure(piece + c, font) > max) {
      out.push(piece);
      piece = c;
    } else piece += c;
  }
  if (piece) out.push(piece);
  return out;
}

/**
 * The lines of `text` wrapped to `max` pixels: whitespace runs count as one space, lines have no
 * spaces at their ends, and joining the lines with spaces gives the text back (its whitespace
 * collapsed), except where a word wider than a line was broken.
 */
export function wrapText(text: string, max: number, font: string, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word, font) <= max) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, max, font, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * At most `limit` lines: when the text had more, the last line kept ends with "…" (clusters taken
 * off its end until it fits).
 */
export function clampLines(lines: readonly string[], limit: number, max: number, font: string, measure: Measure): string[] {
  if (lines.length <= limit) return [...lines];
  const kept = lines.slice(0, limit);
  const parts = clusters(kept[limit - 1] ?? '');
  while (parts.length && measure(`${parts.join('').trimEnd()}…`, font) > max) parts.pop();
  kept[limit - 1] = `${parts.join('').trimEnd()}…`;
  return kept;
}
