/** The bundled topic lexicons, one data file per topic, and their compiled index. */
import type { TopicId } from '../types';
import { compileLexicons, type LexiconFile, type PhraseIndex } from './lexicon';
import agriculture from './lexicon/agriculture.json';
import climate from './lexicon/climate.json';
import connectivity from './lexicon/connectivity.json';
import defence from './lexicon/defence.json';
import energy from './lexicon/energy.json';
import geopolitics from './lexicon/geopolitics.json';
import health from './lexicon/health.json';
import investment from './lexicon/investment.json';
import multilateral from './lexicon/multilateral.json';
import people from './lexicon/people.json';
import security from './lexicon/security.json';
import space from './lexicon/space.json';
import technology from './lexicon/technology.json';
import trade from './lexicon/trade.json';

/** Every bundled lexicon file, in taxonomy order. */
export const LEXICONS: readonly LexiconFile[] = [
  defence, security, geopolitics, multilateral, trade, investment, energy, connectivity,
  technology, space, health, climate, agriculture, people,
] as LexiconFile[];

let defaultIndex: PhraseIndex | undefined;
const customIndexes = new Map<string, PhraseIndex>();

/**
 * The compiled index for the bundled lexicons plus a user's extra keywords. Compiled on first use
 * and cached (by the keywords' content), so repeated summaries pay nothing.
 */
export function lexiconIndex(extra?: Partial<Record<TopicId, readonly string[]>>): PhraseIndex {
  const hasExtra = extra && Object.values(extra).some((list) => list && list.length > 0);
  if (!hasExtra) return (defaultIndex ??= compileLexicons(LEXICONS));
  const key = JSON.stringify(extra);
  let index = customIndexes.get(key);
  if (!index) {
    if (customIndexes.size >= 4) customIndexes.clear();
    index = compileLexicons(LEXICONS, extra);
    customIndexes.set(key, index);
  }
  return index;
}
