/** The bundled topic lexicons' phrase index, compiled ahead of time, and a reader's keywords on top. */
import { LEXICON_INDEX } from '../compiled/lexicon-index.generated';
import type { TopicId } from '../types';
import { withKeywords, type PhraseIndex } from './lexicon';
import { decodePhraseIndex } from './phrase-index-codec';
import { TOPIC_IDS } from './taxonomy';

let defaultIndex: PhraseIndex | undefined;
const customIndexes = new Map<string, PhraseIndex>();

/**
 * The index of the bundled lexicons plus a user's extra keywords. The bundled part is read from
 * engine/compiled/ on first use (no form is stemmed at run time); a user's keywords are compiled
 * on top and cached by their content, so repeated summaries pay nothing.
 */
export function lexiconIndex(extra?: Partial<Record<TopicId, readonly string[]>>): PhraseIndex {
  const base = (defaultIndex ??= decodePhraseIndex(LEXICON_INDEX));
  const hasExtra = extra && Object.values(extra).some((list) => list && list.length > 0);
  if (!hasExtra) return base;
  const key = JSON.stringify(extra);
  let index = customIndexes.get(key);
  if (!index) {
    if (customIndexes.size >= 4) customIndexes.clear();
    index = withKeywords(base, extra, TOPIC_IDS);
    customIndexes.set(key, index);
  }
  return index;
}
