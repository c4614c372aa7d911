/** The UI text keys for translation sources and errors (utils/translate/types.ts codes). */
import type { TranslationErrorCode, TranslationSource } from '../../utils/translate/types';
import type { MessageKey } from '../i18n';

const ERROR_KEYS: Record<TranslationErrorCode, MessageKey> = {
  unsupported: 'translation.error.unsupported',
  timeout: 'translation.error.timeout',
  aborted: 'translation.error.aborted',
  quota: 'translation.error.quota',
  'not-allowed': 'translation.error.notAllowed',
  unauthorized: 'translation.error.unauthorized',
  'rate-limited': 'translation.error.rateLimited',
  network: 'translation.error.network',
  'bad-response': 'translation.error.badResponse',
  failed: 'translation.error.failed',
};

/**
 * The message for an error code; unknown codes (untrusted) get the generic failure. 'not-allowed'
 * from the user's model is its server's 403 (Ollama refusing extension origins), not the browser.
 */
export function errorMessageKey(code: string, source?: TranslationSource): MessageKey {
  if (code === 'not-allowed' && source === 'provider') return 'translation.error.forbidden';
  return Object.hasOwn(ERROR_KEYS, code) ? ERROR_KEYS[code as TranslationErrorCode] : 'translation.error.failed';
}

/** The short tag shown beside each translated line. */
export const SOURCE_TAG_KEYS: Record<TranslationSource, MessageKey> = {
  'on-device': 'translation.tag.onDevice',
  provider: 'translation.tag.provider',
  glossary: 'translation.tag.glossary',
};
