/**
 * The bundled topic lexicons as written, one data file per topic. The engine does not read them
 * at run time: `npm run build:index` compiles them into engine/compiled/lexicon-index.generated.ts.
 */
import type { LexiconFile } from './lexicon';
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
  defence,
  security,
  geopolitics,
  multilateral,
  trade,
  investment,
  energy,
  connectivity,
  technology,
  space,
  health,
  climate,
  agriculture,
  people,
] as LexiconFile[];
