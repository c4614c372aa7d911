/**
 * The bundled diplomatic glossary as written. The engine does not read it at run time:
 * `npm run build:index` compiles it into engine/compiled/glossary-index.generated.ts.
 */
import data from './diplomatic.json';
import type { Concept, Sense } from './match';
import senseData from './senses.json';

/** One glossary term: English and Hindi forms (preferred first) and its kind. */
export interface GlossaryEntry extends Concept {
  kind: string;
}

/** Every glossary term, in data-file order. */
export const GLOSSARY: readonly GlossaryEntry[] = data.terms;
/** Phrases that look like a glossary term but are another sense ("के पक्ष में", "in charge"). */
export const GLOSSARY_SENSES: readonly Sense[] = senseData.senses;
