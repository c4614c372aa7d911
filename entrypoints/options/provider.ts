/**
 * The options page's glue for tier 2: the store, the one-origin permission and a test request.
 * `save` and `test` call `permissions.request` first, synchronously inside the click that called
 * them (the browser refuses the request outside a user gesture).
 */
import { browser } from 'wxt/browser';
import type { ProviderActions } from '../../components/options/ProviderFields';
import { chatCompletion } from '../../utils/translate/provider/chat';
import { originPattern, type ProviderConfig } from '../../utils/translate/provider/config';
import { getProviderConfig, removeProviderConfig, saveProviderConfig } from '../../utils/settings/provider-store';
import { TranslationError } from '../../utils/translate/errors';

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
      const old = await getProviderConfig();
      await saveProviderConfig(config);
      // A new endpoint: give the previous one's origin back, so only one is ever held.
      const before = old && originPattern(old.endpoint);
      if (before && before !== originPattern(config.endpoint)) await browser.permissions.remove({ origins: [before] }).catch(() => false);
      return 'saved' as const;
    }),
  remove: async () => {
    const old = await getProviderConfig();
    await removeProviderConfig();
    // Give the origin back; a build that holds it as a required host (e2e: 127.0.0.1) keeps it.
    const origin = old && originPattern(old.endpoint);
    if (origin) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
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
