// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { I18nContext, type I18nValue } from '../../../../components/i18n';
import { App, type AppProps } from '../../../../entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings, type UiLanguage, validateSettings } from '../../../../utils/settings/schema';
import { realI18n } from './messages';

let en: I18nValue;
let hi: I18nValue;
beforeAll(async () => {
  [en, hi] = await Promise.all([realI18n('en'), realI18n('hi')]);
});
afterEach(cleanup);

const custom: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  primaryLanguage: 'en',
  perSection: 2,
  hiddenTopics: ['space'],
  extraKeywords: { trade: ['CEPA'] },
};

/** An in-memory store with spies, and the page rendered over it. */
function setup(initial: Settings = custom, extra: Partial<AppProps> = {}) {
  let stored = structuredClone(initial);
  const listeners = new Set<(s: Settings) => void>();
  const store = {
    load: vi.fn(async () => structuredClone(stored)),
    save: vi.fn(async (s: Settings) => {
      stored = validateSettings(s);
      return stored;
    }),
    reset: vi.fn(async () => {
      stored = structuredClone(DEFAULT_SETTINGS);
      return structuredClone(stored);
    }),
    watch: (cb: (s: Settings) => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    /** Another tab writes settings. */
    external: (s: Settings) => {
      stored = s;
      for (const cb of listeners) cb(structuredClone(s));
    },
    stored: () => stored,
  };
  render(
    <I18nContext.Provider value={en}>
      <App load={store.load} save={store.save} reset={store.reset} watch={store.watch} debounceMs={30} {...extra} />
    </I18nContext.Provider>,
  );
  return store;
}

const status = () => screen.getByTestId('status').textContent;

describe('options App', () => {
  test('loads the current settings on open', async () => {
    setup();
    expect(screen.getByTestId('options').textContent).toContain('Loading your settings…');
    await waitFor(() => expect(screen.getByTestId<HTMLSelectElement>('primary-language').value).toBe('en'));
    expect(screen.getByTestId<HTMLSelectElement>('per-section').value).toBe('2');
    expect(screen.getByTestId<HTMLInputElement>('topic-toggle-space').checked).toBe(false);
    expect(screen.getByTestId<HTMLTextAreaElement>('keywords-trade').value).toBe('CEPA');
    expect(screen.getByTestId('status').getAttribute('aria-live')).toBe('polite');
    expect(status()).toBe('');
  });

  test('a change is saved at once and the status says Saved', async () => {
    const store = setup();
    fireEvent.click(await screen.findByTestId('show-overview'));
    await waitFor(() => expect(status()).toBe('Saved'));
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(store.stored().showOverview).toBe(false);
  });

  test('moving a topic saves the new order', async () => {
    const store = setup();
    fireEvent.click(await screen.findByTestId('topic-down-defence'));
    await waitFor(() => expect(store.stored().topicOrder.slice(0, 2)).toEqual(['security', 'defence']));
  });

  test('typing keywords saves once, after a pause', async () => {
    const store = setup();
    const area = await screen.findByTestId('keywords-energy');
    fireEvent.input(area, { target: { value: 'L' } });
    fireEvent.input(area, { target: { value: 'LN' } });
    fireEvent.input(area, { target: { value: 'LNG, कच्चा तेल' } });
    expect(store.save).not.toHaveBeenCalled();
    expect(status()).toBe('Saving…');
    await waitFor(() => expect(status()).toBe('Saved'));
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(store.stored().extraKeywords).toEqual({ trade: ['CEPA'], energy: ['LNG', 'कच्चा तेल'] });
  });

  test('a failed save says so', async () => {
    setup(custom, { save: async () => Promise.reject(new Error('quota')) });
    fireEvent.click(await screen.findByTestId('show-entities'));
    await waitFor(() => expect(status()).toBe("Couldn't save your change. Try again."));
  });

  test('reset asks first; Cancel keeps everything', async () => {
    const store = setup();
    const reset = await screen.findByTestId('reset');
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    fireEvent.click(reset);
    expect(screen.getByTestId('reset-confirm')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('reset-cancel'));
    fireEvent.click(screen.getByTestId('reset-cancel'));
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(document.activeElement).toBe(reset);
    expect(store.reset).not.toHaveBeenCalled();
  });

  test('reset, confirmed, restores the defaults in the form', async () => {
    const store = setup();
    fireEvent.click(await screen.findByTestId('reset'));
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await waitFor(() => expect(status()).toBe('Defaults restored. Saved'));
    expect(store.reset).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId<HTMLSelectElement>('primary-language').value).toBe('article');
    expect(screen.getByTestId<HTMLInputElement>('topic-toggle-space').checked).toBe(true);
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('keywords-trade').value).toBe(''));
    expect(store.stored()).toEqual(DEFAULT_SETTINGS);
  });

  test('reset waits for a pending keyword save, so the defaults win', async () => {
    const store = setup(custom, { debounceMs: 10_000 });
    fireEvent.input(await screen.findByTestId('keywords-health'), { target: { value: 'vaccine' } });
    fireEvent.click(screen.getByTestId('reset'));
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await waitFor(() => expect(store.reset).toHaveBeenCalled());
    expect(store.save.mock.invocationCallOrder[0]).toBeLessThan(store.reset.mock.invocationCallOrder[0] ?? 0);
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('keywords-health').value).toBe(''));
    expect(store.stored()).toEqual(DEFAULT_SETTINGS);
  });

  test('changes from another tab show up; not while our own save is pending', async () => {
    const store = setup(custom, { debounceMs: 10_000 });
    await screen.findByTestId('options');
    await screen.findByTestId('per-section');
    act(() => store.external({ ...custom, perSection: 4 }));
    expect(screen.getByTestId<HTMLSelectElement>('per-section').value).toBe('4');
    fireEvent.input(screen.getByTestId('keywords-space'), { target: { value: 'ISRO' } });
    act(() => store.external({ ...custom, perSection: 1 }));
    expect(screen.getByTestId<HTMLSelectElement>('per-section').value).toBe('4');
    expect(screen.getByTestId<HTMLTextAreaElement>('keywords-space').value).toBe('ISRO');
  });

  test('the UI language switches without a reload', async () => {
    const loadI18n = vi.fn(async (s: UiLanguage) => (s === 'hi' ? hi : en));
    setup(custom, { loadI18n });
    const select = await screen.findByTestId('ui-language');
    await waitFor(() => expect(loadI18n).toHaveBeenCalledWith('browser'));
    fireEvent.change(select, { target: { value: 'hi' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('कूटनीति विकल्प'));
    expect(loadI18n).toHaveBeenLastCalledWith('hi');
    expect(screen.getByTestId('options').getAttribute('lang')).toBe('hi');
    expect(document.documentElement.lang).toBe('hi');
    // Topic labels put the UI language first.
    expect(document.querySelector('label[for="topic-toggle-trade"] [lang]')?.getAttribute('lang')).toBe('hi');
    await waitFor(() => expect(status()).toBe('सहेजा गया'));
  });
});
