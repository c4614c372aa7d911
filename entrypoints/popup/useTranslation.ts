/**
 * The popup's glue for the card's translations: builds the tiers from the browser (the user's
 * provider and its granted origin, Chrome's `Translator` in this window, the translation cache in
 * storage.local) and runs a utils/translate/session over the card's title and lines. The session
 * is disposed when the card changes or the popup closes, which aborts every request in flight.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardLines, cardView } from '@/components/lib/cardView';
import { otherLang } from '@/components/lib/languages';
import { abstractiveSummary } from '@/utils/translate/provider/abstract';
import { describeEndpoint, originPattern, type ProviderConfig } from '@/utils/translate/provider/config';
import { translateWithProvider } from '@/utils/translate/provider/translate';
import type { Settings } from '@/utils/settings/schema';
import { getProviderConfig } from '@/utils/settings/provider-store';
import type { Summary } from '@/engine/summary/types';
import { createTranslationCache, type TranslationCache } from '@/utils/translate/cache';
import { translationCacheItem } from '@/utils/storage';
import { CREATE_TIMEOUT_MS, createOnDeviceTranslator, findTranslatorApi, onDeviceAvailability, translateLines } from '@/utils/translate/on-device';
import {
  createTranslationSession,
  initialView,
  type OnDeviceTier,
  type ProviderTier,
  type TranslateFn,
  type TranslationItem,
  type TranslationSession,
  type TranslationView,
} from '@/utils/translate/session';
import type { LangPair } from '@/utils/translate/types';

/** The e2e build waits less for a `create()` that never settles (no internet there). */
const createTimeoutMs = import.meta.env.MODE === 'e2e' ? 3_000 : CREATE_TIMEOUT_MS;

let sharedCache: TranslationCache | null = null;
function cache(): TranslationCache {
  sharedCache ??= createTranslationCache({ get: () => translationCacheItem.getValue(), set: (v) => translationCacheItem.setValue(v) }, { source: 'on-device' });
  return sharedCache;
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

/** Tier 1 in this window, or null where the browser has no `Translator`. */
function onDeviceTier(pair: LangPair, store: TranslationCache): OnDeviceTier | null {
  const api = findTranslatorApi(globalThis);
  if (!api) return null;
  return {
    availability: () => onDeviceAvailability(api, pair),
    create: async (onProgress, signal) => {
      const translator = await createOnDeviceTranslator(api, pair, { onProgress, signal, timeoutMs: createTimeoutMs });
      const translate: TranslateFn = async (texts, onLine, lineSignal) => {
        const r = await translateLines(translator, texts, { onLine, signal: lineSignal, cache: store, pair });
        void store.flush();
        return { failed: r.failedIndices };
      };
      return { translate, dispose: () => translator.dispose() };
    },
  };
}

/** Tier 2 when configured; `blocked` names its host when the origin is not granted. */
async function providerTier(pair: LangPair, summary: Summary, settings: Settings, store: TranslationCache): Promise<{ tier: ProviderTier | null; blocked: string | null }> {
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

/** The card's translation: its view and the two user actions. Null summary: nothing runs. */
export function useTranslation(summary: Summary | null, settings: Settings): { view: TranslationView | null; download: () => void; retry: () => void } {
  const computed = useMemo<TranslationItem[]>(() => {
    if (!summary) return [];
    const lines = cardLines(cardView(summary, settings)).map((l) => ({ key: String(l.index), text: l.text }));
    return [{ key: 'title', text: summary.title }, ...lines].filter((i) => i.text.trim());
  }, [summary, settings]);
  // A settings change that leaves the card's lines as they were (UI language, say) keeps the run going.
  const itemsKey = computed.map((i) => `${i.key}\u0001${i.text}`).join('\u0002');
  const items = useMemo(() => computed, [itemsKey]);
  const [view, setView] = useState<TranslationView | null>(null);
  const session = useRef<TranslationSession | null>(null);

  useEffect(() => {
    if (!summary || !items.length) return setView(null);
    const pair: LangPair = { from: summary.language, to: otherLang(summary.language) };
    const store = cache();
    let live = true;
    setView(initialView(items.length));
    void providerTier(pair, summary, settings, store.withSource('provider'))
      .catch(() => ({ tier: null, blocked: null }))
      .then(({ tier, blocked }) => {
        if (!live) return;
        session.current = createTranslationSession(items, { provider: tier, providerBlockedHost: blocked, onDevice: onDeviceTier(pair, store) }, setView);
        session.current.start();
      });
    const flush = () => void store.flush();
    addEventListener('pagehide', flush);
    return () => {
      live = false;
      removeEventListener('pagehide', flush);
      session.current?.dispose();
      session.current = null;
      flush();
    };
  }, [summary, items]);

  return { view, download: () => session.current?.download(), retry: () => session.current?.retry() };
}
