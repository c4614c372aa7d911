/**
 * The card's translations: where each came from, and the shape every tier hands to the popup.
 * Pure types; the tiers are utils/translate/on-device.ts (Chrome's Translator, tier 1),
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

/** Why a tier could not translate: each code has a message for the user in the UI's language. */
export type TranslationErrorCode =
  | 'unsupported' // the API or the language pair is not there
  | 'timeout' // no answer in time (e.g. create() while offline)
  | 'aborted' // the popup closed or the user cancelled
  | 'quota' // QuotaExceededError, or a model's context/length limit
  | 'not-allowed' // NotAllowedError (no user gesture, policy), or a denied host permission
  | 'unauthorized' // HTTP 401/403 from the provider
  | 'rate-limited' // HTTP 429
  | 'network' // fetch failed: server down, DNS, CORS
  | 'bad-response' // unparsable JSON / SSE, or output that failed the checks
  | 'failed'; // anything else

/** An error a tier throws; `message` is for logs and details, `code` picks the user's text. */
export class TranslationError extends Error {
  constructor(
    readonly code: TranslationErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}
