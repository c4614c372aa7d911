/**
 * One card's translation, from tier choice to the last line: which tier runs, what the card shows
 * meanwhile, and what happens on errors. Pure: the tiers come in as small injected adapters (the
 * popup builds them from utils/translate/on-device.ts and utils/translate/provider/), so the state machine
 * is tested in Node with fakes and the UI only renders `TranslationView`.
 *
 * Tier order: the user's model when configured (tier 2), else Chrome's on-device Translator when
 * present (tier 1; a download needs the user's click), else the offline glossary (tier 3: the card's
 * key terms and names, which need no work here). A tier that fails leaves the card on tier 3 with
 * the error shown; a translation the card does not have is never shown.
 */
import { toTranslationError, type TranslationErrorCode } from './errors';
import type { OnDeviceAvailability } from './on-device';
import type { TranslationSource } from './types';

/** One text to translate: the title, or a card line by its sentence index. */
export interface TranslationItem {
  key: string;
  text: string;
}

/** Lines in, translations out as they arrive; resolves with the positions that failed. */
export type TranslateFn = (texts: readonly string[], onLine: (i: number, text: string) => void, signal: AbortSignal) => Promise<{ failed: readonly number[] }>;

/** A point of the model's abstractive summary, citing sentence indices of the article. */
export interface AbstractPoint {
  en: string;
  hi: string;
  cites: number[];
}

/** Tier 2 as the session sees it. */
export interface ProviderTier {
  /** The model's name, for the card's label. */
  model: string;
  translate: TranslateFn;
  /** Present when the user asked for an abstractive summary. */
  summarize?: (signal: AbortSignal) => Promise<AbstractPoint[]>;
}

/** Tier 1 as the session sees it. */
export interface OnDeviceTier {
  availability: () => Promise<OnDeviceAvailability>;
  /** Creates the translator (downloading if needed); `onProgress` gets 0..1. */
  create: (onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<{ translate: TranslateFn; dispose: () => void }>;
}

/** What the session may use. */
export interface TranslationTiers {
  provider: ProviderTier | null;
  /** A configured provider whose origin is not granted: its host, to say so on the card. */
  providerBlockedHost?: string | null;
  onDevice: OnDeviceTier | null;
}

/** Where the translation stands. */
export type TranslationPhase = 'checking' | 'needs-download' | 'preparing' | 'translating' | 'done' | 'error' | 'glossary';

/** Everything the card needs to render the translation state. */
export interface TranslationView {
  /** The tier whose translations the lines show ('glossary' when none). */
  source: TranslationSource;
  phase: TranslationPhase;
  /** Download progress 0..1 while preparing, when the browser reports it. */
  progress: number | null;
  done: number;
  total: number;
  /** Translations by item key. */
  lines: Readonly<Record<string, string>>;
  /** Items that could not be translated (they keep their glossary terms). */
  failed: number;
  error: TranslationErrorCode | null;
  model: string | null;
  blockedHost: string | null;
  abstract: { phase: 'off' | 'working' | 'done' | 'error'; points: AbstractPoint[]; error: TranslationErrorCode | null };
}

/** The controls the card has. */
export interface TranslationSession {
  /** Chooses the tier and starts what needs no click. */
  start(): void;
  /** The user's click on "Download … (on-device)" (tier 1, downloadable). */
  download(): void;
  /** Tries the current tier again after an error. */
  retry(): void;
  /** Stops everything (the popup closed); no change is reported after this. */
  dispose(): void;
}

/** The code of anything a tier threw (a TranslationError as is, a DOMException by its name). */
const codeOf = (e: unknown): TranslationErrorCode => toTranslationError(e).code;

/** The view before anything is known. */
export function initialView(total: number): TranslationView {
  return {
    source: 'glossary',
    phase: 'checking',
    progress: null,
    done: 0,
    total,
    lines: {},
    failed: 0,
    error: null,
    model: null,
    blockedHost: null,
    abstract: { phase: 'off', points: [], error: null },
  };
}

/** A session over `items`, reporting every change of the view to `onChange`. */
export function createTranslationSession(
  items: readonly TranslationItem[],
  tiers: TranslationTiers,
  onChange: (view: TranslationView) => void,
): TranslationSession {
  let view = initialView(items.length);
  let controller = new AbortController();
  let disposed = false;
  let disposeTranslator: (() => void) | null = null;

  const set = (patch: Partial<TranslationView>) => {
    if (disposed) return;
    view = { ...view, ...patch };
    onChange(view);
  };
  const texts = items.map((i) => i.text);

  /** Runs a translate function over the items, streaming lines into the view. */
  const run = async (source: TranslationSource, translate: TranslateFn, signal: AbortSignal) => {
    set({ source, phase: 'translating', done: 0, lines: {}, failed: 0, error: null, progress: null });
    const lines: Record<string, string> = {};
    let done = 0;
    const { failed } = await translate(
      texts,
      (i, text) => {
        const item = items[i];
        if (!item || signal.aborted || !text.trim()) return;
        if (!(item.key in lines)) done++;
        lines[item.key] = text;
        set({ lines: { ...lines }, done });
      },
      signal,
    );
    if (signal.aborted) return;
    // Not one line came back usable (every answer failed its checks): that is an error, not a result.
    if (done === 0 && failed.length > 0) return set({ phase: 'error', error: 'bad-response', failed: failed.length });
    set({ phase: 'done', failed: failed.length, done });
  };

  const fail = (e: unknown, signal: AbortSignal) => {
    // A run aborted by retry() or dispose() says nothing: the next run owns the view.
    if (signal.aborted) return;
    // Lines already translated stay: each is a real translation of its own line.
    set({ phase: 'error', error: codeOf(e), progress: null });
  };

  const runProvider = (provider: ProviderTier) => {
    const { signal } = controller;
    set({ model: provider.model });
    void run('provider', provider.translate, signal).catch((e) => fail(e, signal));
    if (provider.summarize) {
      set({ abstract: { phase: 'working', points: [], error: null } });
      provider
        .summarize(signal)
        .then((points) => !signal.aborted && set({ abstract: { phase: 'done', points, error: null } }))
        .catch((e) => !signal.aborted && set({ abstract: { phase: 'error', points: [], error: codeOf(e) } }));
    }
  };

  const runOnDevice = async (onDevice: OnDeviceTier, signal: AbortSignal) => {
    set({ source: 'on-device', phase: 'preparing', progress: null, error: null });
    const translator = await onDevice.create((fraction) => set({ progress: Math.max(0, Math.min(1, fraction)) }), signal);
    if (disposed) return translator.dispose();
    disposeTranslator = translator.dispose;
    await run('on-device', translator.translate, signal);
  };

  const startOnDevice = () => {
    const { signal } = controller;
    void runOnDevice(tiers.onDevice!, signal).catch((e) => fail(e, signal));
  };

  const choose = async () => {
    if (tiers.provider) return runProvider(tiers.provider);
    if (tiers.providerBlockedHost) set({ blockedHost: tiers.providerBlockedHost });
    if (!tiers.onDevice) return set({ phase: 'glossary' });
    let availability: OnDeviceAvailability;
    try {
      availability = await tiers.onDevice.availability();
    } catch {
      availability = 'unavailable';
    }
    if (availability === 'available') return startOnDevice();
    if (availability === 'downloadable' || availability === 'downloading') return set({ source: 'on-device', phase: 'needs-download' });
    set({ phase: 'glossary' });
  };

  return {
    start: () => void choose(),
    download: () => {
      if (!tiers.onDevice || view.phase !== 'needs-download') return;
      startOnDevice();
    },
    retry: () => {
      if (view.phase !== 'error') return;
      controller.abort();
      controller = new AbortController();
      disposeTranslator?.();
      disposeTranslator = null;
      if (view.source === 'provider' && tiers.provider) return runProvider(tiers.provider);
      if (view.source === 'on-device' && tiers.onDevice) startOnDevice();
    },
    dispose: () => {
      disposed = true;
      controller.abort();
      disposeTranslator?.();
    },
  };
}
