/** "Reading time saved": the article's reading time minus the card's, at 200 words a minute. Pure. */
import type { SentenceRef } from '../../engine/summary/types';

/** Reading speed, words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Words in a text: runs between spaces with a letter or digit (a lone danda or dash is no word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** Minutes saved by reading `shown` instead of all `sentences`; never below 0. Not rounded. */
export function minutesSaved(sentences: readonly { text: string }[], shown: readonly SentenceRef[]): number {
  const words = (list: readonly { text: string }[]) => list.reduce((sum, s) => sum + countWords(s.text), 0);
  return Math.max(0, (words(sentences) - words(shown)) / WORDS_PER_MINUTE);
}
