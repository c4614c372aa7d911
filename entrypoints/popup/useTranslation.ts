/**
 * The popup's glue for the card's translations: builds the tiers from the browser (the user's
 * provider and its granted origin, loaded only when configured; Chrome's `Translator` in this
 * window; the translation cache in storage.local) and runs a utils/translate/session over the
 * card's title and lines. The session is disposed when the card changes or the popup closes,
 * which aborts every request in flight.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cardLines, cardView } from '@/components/lib/cardView';
import { otherLang } from '@/components/lib/languages';
import type { Settings } from '@/utils/settings/schema';
import type { Summary } from '@/engine/summary/types';
import { createTranslationCache, type TranslationCache } from '@/utils/translate/cache';
import { providerItem, translationCacheItem } from '@/utils/storage';
import { CREATE_TIMEOUT_MS, createOnDeviceTranslator, findTranslatorApi, onDeviceAvailability, translateLines } from '@/utils/translate/on-device';
import {
  createTranslationSession,
  initialView,
  type OnDeviceTier,
  type TranslateFn,
  type TranslationItem,
  type TranslationSession,
  type TranslationView,
} from '@/utils/translate/session';
import type { LangPair } from '@/utils/translate/types';
import type { ProviderTierResult } from './provider-tier';

/** The e2e build waits less for a `create()` that never settles (no internet there). */
const createTimeoutMs = import.meta.env.MODE === 'e2e' ? 3_000 : CREATE_TIMEOUT_MS;

let sharedCache: TranslationCache | null = null;
function cache(): TranslationCache {
  sharedCache ??= createTranslationCache({ get: () => translationCacheItem.getValue(), set: (v) => translationCacheItem.setValue(v) }, { source: 'on-device' });
  return sharedCache;
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

/**
 * Tier 2 when a model is configured. Its code (utils/translate/provider/, ./provider-tier.ts) is a
 * chunk of its own, loaded only when a config is stored: a reader without a model never loads it.
 */
async function loadProviderTier(pair: LangPair, summary: Summary, settings: Settings, store: TranslationCache): Promise<ProviderTierResult> {
  const stored = await providerItem.getValue();
  if (stored === null || stored === undefined) return { tier: null, blocked: null };
  const { providerTier } = await import('./provider-tier');
  return providerTier(pair, summary, settings, store);
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
    void loadProviderTier(pair, summary, settings, store.withSource('provider'))
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
