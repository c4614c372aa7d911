/**
 * The options page's glue for tier 2: the store, the one-origin permission and a test request.
 * `save` and `test` call `permissions.request` first, synchronously inside the click that called
 * them (the browser refuses the request outside a user gesture). Only the saved endpoint's origin
 * stays granted (utils/translate/provider/permissions.ts).
 */
import { browser } from 'wxt/browser';
import type { ProviderActions } from '../../components/options/ProviderFields';
import { chatCompletion } from '../../utils/translate/provider/chat';
import { originPattern, type ProviderConfig } from '../../utils/translate/provider/config';
import { getProviderConfig, removeProviderConfig, saveProviderConfig } from '../../utils/settings/provider-store';
import { TranslationError } from '../../utils/translate/errors';
import { keepOnlySavedOrigin } from '../../utils/translate/provider/permissions';

/** How long the test request may take. */
const TEST_TIMEOUT_MS = 20_000;

/** Asks for the endpoint's origin (only that one); false when refused or not a valid endpoint. */
function request(config: ProviderConfig): Promise<boolean> {
  const origin = originPattern(config.endpoint);
  return origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(false);
}

/** The real actions. */
export const providerActions: ProviderActions = {
  load: getProviderConfig,
  save: (config) =>
    request(config).then(async (granted) => {
      if (!granted) return 'denied' as const;
      await saveProviderConfig(config);
      // Every other origin goes back: the previous endpoint's, and any only tested.
      await keepOnlySavedOrigin(browser);
      return 'saved' as const;
    }),
  remove: async () => {
    await removeProviderConfig();
    // Give the origins back; a build that holds one as a required host (e2e: 127.0.0.1) keeps it.
    await keepOnlySavedOrigin(browser);
  },
  test: (config) =>
    request(config).then(async (granted) => {
      if (!granted) return { ok: false as const, code: 'denied' };
      try {
        await chatCompletion({ config, messages: [{ role: 'user', content: 'Reply with the single word OK.' }], stream: false, timeoutMs: TEST_TIMEOUT_MS });
        return { ok: true as const };
      } catch (e) {
        return { ok: false as const, code: e instanceof TranslationError ? e.code : 'failed' };
      }
    }),
};
