/**
 * The words the dossier's search reads, normalised once, when a card is saved: split first, then
 * each word normalised as the engine matches (engine/text/normalize). Pure.
 */
import { normalizeForMatch } from '../text/normalize';
import { topicById } from '../topics/taxonomy';
import type { KeyTerm } from '../types';
import type { SavedCard } from './record';

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * True for the character at `i` inside a word: letters, marks and digits (ASCII and Devanagari
 * decided from the code alone, without making a one-character string), and joiners.
 */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x900 && c <= 0x97f) return c !== 0x964 && c !== 0x965 && c !== 0x970;
  if (c === 0x200c || c === 0x200d || c === 0xad) return true;
  return OTHER_WORD_CHAR.test(text[i] as string);
}

/**
 * The normalised words of a text (letters, marks and digits), as the index and the query see them:
 * split first, then each word normalised (engine/text/normalize), through `memo` when given (a
 * corpus repeats its words: each is normalised once).
 */
export function searchTokens(text: string, memo?: Map<string, string>): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const inWord = i < text.length && isWordChar(c, text, i);
    if (inWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const raw = text.slice(start, i);
    start = -1;
    let norm = memo?.get(raw);
    if (norm === undefined) {
      norm = normalizeForMatch(raw);
      memo?.set(raw, norm);
    }
    if (norm) out.push(norm);
  }
  return out;
}

/**
 * Every distinct word a saved card can be found by, space-separated: its title, source, card lines,
 * and its terms, names and topic labels in both scripts (the engine paired them when it made the
 * card). Stored with the card's entry, so opening the dossier normalises nothing.
 */
export function cardWords(card: SavedCard, host: string, memo = new Map<string, string>()): string {
  const s = card.summary;
  const out: string[] = [s.title, s.siteName ?? '', host];
  const pair = (p: KeyTerm) => out.push(p.hi, p.en);
  for (const line of [...s.overview, ...s.sections.flatMap((sec) => sec.sentences)]) {
    out.push(line.text);
    for (const p of [...(line.terms ?? []), ...(line.cardTerms ?? []), ...(line.names ?? [])]) pair(p);
  }
  for (const e of s.entities) pair(e);
  for (const sec of s.sections) {
    pair(topicById(sec.topic)?.label ?? sec.label);
    for (const k of sec.keyTerms) pair(k);
  }
  return [...new Set(searchTokens(out.join('\n'), memo))].join(' ');
}
