/**
 * The card's translations: where each came from, and in which direction. Pure types (the one error
 * type is in ./errors.ts); the tiers are utils/translate/on-device.ts (Chrome's Translator, tier 1),
 * utils/translate/provider/ (the user's OpenAI-compatible model, tier 2) and the engine's glossary and name
 * tables (tier 3, already on the Summary as key terms and entities).
 */
import type { Lang } from '../../engine/types';

/** Which tier produced a translation; the card labels every line with it. */
export type TranslationSource = 'on-device' | 'provider' | 'glossary';

/** A translation direction. */
export interface LangPair {
  from: Lang;
  to: Lang;
}
