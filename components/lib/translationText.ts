/** The UI text keys for translation sources and errors (utils/translate/errors.ts codes). */
import type { TranslationErrorCode } from '../../utils/translate/errors';
import type { TranslationSource } from '../../utils/translate/types';
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
  // On the device, a quota error comes from the language pack's download: the disk is full.
  if (code === 'quota' && source === 'on-device') return 'translation.error.noSpace';
  return Object.hasOwn(ERROR_KEYS, code) ? ERROR_KEYS[code as TranslationErrorCode] : 'translation.error.failed';
}

/** The short tag shown beside each translated line. */
export const SOURCE_TAG_KEYS: Record<TranslationSource, MessageKey> = {
  'on-device': 'translation.tag.onDevice',
  provider: 'translation.tag.provider',
  glossary: 'translation.tag.glossary',
};

/**
 * What to do about an error, said after its message: for the on-device translator, the likely
 * cause of a failed download (offline, no space, an unsupported browser); otherwise the glossary
 * fallback.
 */
export function errorRemedyKey(code: string, source?: TranslationSource): MessageKey {
  if (source === 'on-device') {
    if (code === 'timeout' || code === 'network') return 'translation.remedy.offline';
    if (code === 'quota') return 'translation.remedy.space';
    if (code === 'unsupported') return 'translation.remedy.unsupported';
    if (code === 'not-allowed') return 'translation.remedy.click';
  }
  return 'translation.fallback';
}
