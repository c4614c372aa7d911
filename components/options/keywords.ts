/** Parsing the keywords textarea: what the user typed → the list stored, and what was left out. */
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_TOPIC } from '../../utils/settings/schema';

/** A parsed textarea: the keywords to store, and counts of what was left out. */
export interface ParsedKeywords {
  keywords: string[];
  duplicates: number;
  tooLong: number;
  overLimit: number;
}

/**
 * Splits on new lines and commas (ASCII and full-width), trims, collapses inner
 * spaces, NFC-normalises (so Devanagari typed two ways counts once), drops repeats (ignoring case),
 * entries over MAX_KEYWORD_LENGTH and those past MAX_KEYWORDS_PER_TOPIC. The result is already
 * valid for `validateSettings`.
 */
export function parseKeywords(text: string): ParsedKeywords {
  const seen = new Set<string>();
  const out: ParsedKeywords = { keywords: [], duplicates: 0, tooLong: 0, overLimit: 0 };
  for (const raw of text.split(/[\n\r,，]+/)) {
    const word = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!word) continue;
    if (word.length > MAX_KEYWORD_LENGTH) {
      out.tooLong++;
      continue;
    }
    const key = word.toLocaleLowerCase('en');
    if (seen.has(key)) {
      out.duplicates++;
      continue;
    }
    seen.add(key);
    if (out.keywords.length >= MAX_KEYWORDS_PER_TOPIC) out.overLimit++;
    else out.keywords.push(word);
  }
  return out;
}

/** The textarea text for a stored list: one keyword per line. */
export function formatKeywords(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).join('\n');
}

/** True when two keyword lists are the same, in order. */
export function sameKeywords(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
