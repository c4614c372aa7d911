/**
 * Tier 2 for the popup: the user's model, over the translation cache. Loaded on demand by
 * useTranslation.ts (a dynamic import) only when a model is configured, so this file and
 * utils/translate/provider/ are a chunk of their own that a reader without a model never loads.
 */
import { browser } from 'wxt/browser';
import { cardLines, cardView } from '@/components/lib/cardView';
import type { Summary } from '@/engine/summary/types';
import { getProviderConfig } from '@/utils/settings/provider-store';
import type { Settings } from '@/utils/settings/schema';
import type { TranslationCache } from '@/utils/translate/cache';
import { abstractiveSummary } from '@/utils/translate/provider/abstract';
import { describeEndpoint, originPattern, type ProviderConfig } from '@/utils/translate/provider/config';
import { translateWithProvider } from '@/utils/translate/provider/translate';
import type { ProviderTier, TranslateFn } from '@/utils/translate/session';
import type { LangPair } from '@/utils/translate/types';

/** Tier 2, or why there is none: `blocked` names the model's host when its origin is not granted. */
export interface ProviderTierResult {
  tier: ProviderTier | null;
  blocked: string | null;
}

/** Tier 2 over the cache: hits first, the rest sent to the model. */
function providerTranslate(config: ProviderConfig, pair: LangPair, store: TranslationCache): TranslateFn {
  // Keyed by endpoint and model too: another model's translations are not this one's.
  const keyOf = (text: string) => `${describeEndpoint(config.endpoint)}\u0001${config.model}\u0001${text}`;
  return async (texts, onLine, signal) => {
    const misses: number[] = [];
    const hits = await Promise.all(texts.map((t) => store.get(pair, keyOf(t)).catch(() => undefined)));
    hits.forEach((hit, i) => (typeof hit === 'string' ? onLine(i, hit) : misses.push(i)));
    if (!misses.length) return { failed: [] };
    const result = await translateWithProvider({
      config,
      lines: misses.map((i) => texts[i] ?? ''),
      pair,
      signal,
      onLine: (k, text) => {
        const i = misses[k];
        if (i === undefined) return;
        void store.set(pair, keyOf(texts[i] ?? ''), text).catch(() => undefined);
        onLine(i, text);
      },
    });
    // Written now: the popup may close before the cache's debounced write.
    void store.flush();
    return { failed: result.failed.map((k) => misses[k] ?? -1) };
  };
}

/** Tier 2 when configured; `blocked` names its host when the origin is not granted. */
export async function providerTier(pair: LangPair, summary: Summary, settings: Settings, store: TranslationCache): Promise<ProviderTierResult> {
  const config = await getProviderConfig();
  if (!config) return { tier: null, blocked: null };
  const origin = originPattern(config.endpoint);
  const granted = origin ? await browser.permissions.contains({ origins: [origin] }).catch(() => false) : false;
  if (!granted) return { tier: null, blocked: describeEndpoint(config.endpoint) };
  const tier: ProviderTier = { model: config.model, translate: providerTranslate(config, pair, store) };
  if (config.abstractive) {
    // The card's own lines (overview and sections, in article order): what the reader sees, across
    // the whole article, rather than only its opening (the prompt is capped in size).
    const sentences = cardLines(cardView(summary, { ...settings, showOverview: true })).sort((a, b) => a.index - b.index);
    tier.summarize = (signal) => abstractiveSummary({ config, sentences, articleLang: summary.language, signal }).then((r) => r.points);
  }
  return { tier, blocked: null };
}
