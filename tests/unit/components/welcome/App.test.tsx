// @vitest-environment happy-dom
/** The welcome page's content: both UI languages, each browser's steps, the shortcut as assigned. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App, type WelcomeProps, withSlots } from '../../../../entrypoints/welcome/App';
import { MENU_TITLES } from '../../../../utils/menu-titles';
import { messagesOf, renderWithI18n } from '../render';

afterEach(cleanup);

function show(props: Partial<WelcomeProps> = {}, lang: 'en' | 'hi' = 'en') {
  const onOpenOptions = vi.fn();
  const view = renderWithI18n(<App browser="chrome" onOpenOptions={onOpenOptions} {...props} />, lang);
  return { ...view, onOpenOptions, text: () => screen.getByTestId('welcome').textContent ?? '' };
}

describe.each(['en', 'hi'] as const)('UI in %s', (lang) => {
  test('every message is there: no key shows through, no placeholder is left', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const { text, unmount } = show({ browser, onOpenShortcuts: () => {} }, lang);
      expect(text()).not.toMatch(/welcome\.|\{\w+\}/);
      expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(6);
      unmount();
    }
  });

  test('names the real context-menu items and the shortcut keys', () => {
    const { text } = show({}, lang);
    expect(text()).toContain(MENU_TITLES.page);
    expect(text()).toContain(MENU_TITLES.selection);
    expect(screen.getByTestId('shortcut').textContent).toBe('Alt+Shift+S');
  });
});

test('the headings in English', () => {
  show();
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Kootniti');
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    'Pin the icon',
    'Open a card from the keyboard',
    'Or right-click',
    'Keep the card beside the article',
    'It stays on your device',
    'Make it yours',
  ]);
});

test.each([
  ['chrome', /puzzle-piece Extensions button/, 'chrome://extensions/shortcuts'],
  ['firefox', /is on the toolbar/, 'about:addons'],
] as const)('%s: its own way to pin the icon and to change the shortcut', (browser, pin, place) => {
  const { text } = show({ browser });
  expect(screen.getByTestId('welcome-pin').textContent).toMatch(pin);
  expect(text()).toContain(place);
  expect(text()).toMatch(/On Windows, Alt\+Shift also switches the keyboard layout/);
});

test('the shortcut the browser assigned is the one shown; none assigned says so', () => {
  const { unmount } = show({ shortcut: 'Ctrl+Shift+K' });
  expect(screen.getByTestId('shortcut').textContent).toBe('Ctrl+Shift+K');
  unmount();
  show({ shortcut: '' });
  expect(screen.queryByTestId('shortcut')).toBeNull();
  expect(screen.getByTestId('welcome-shortcut').textContent).toContain('No shortcut is set');
});

test('the buttons call back; the shortcut button only where the browser can open its settings', () => {
  const onOpenShortcuts = vi.fn();
  const { onOpenOptions, unmount } = show({ onOpenShortcuts });
  fireEvent.click(screen.getByTestId('open-options'));
  fireEvent.click(screen.getByTestId('open-shortcuts'));
  expect(onOpenOptions).toHaveBeenCalledOnce();
  expect(onOpenShortcuts).toHaveBeenCalledOnce();
  unmount();
  show();
  expect(screen.queryByTestId('open-shortcuts')).toBeNull();
});

test('Hindi: the page says it in Hindi and marks its language', () => {
  show({}, 'hi');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('कूटनीति में आपका स्वागत है');
  expect(screen.getByTestId('welcome').getAttribute('lang')).toBe('hi');
});

test('every welcome message exists in English and Hindi, with the same placeholders', () => {
  const [en, hi] = [messagesOf('en'), messagesOf('hi')];
  const keys = (m: Record<string, unknown>) =>
    Object.keys(m)
      .filter((k) => k.startsWith('welcome_'))
      .sort();
  expect(keys(en).length).toBeGreaterThan(15);
  expect(keys(hi)).toEqual(keys(en));
  const names = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of keys(en)) expect(names(hi[k]?.message), k).toEqual(names(en[k]?.message));
});

test.each([
  ['Press {keys} now', { keys: 'K' }, ['Press ', 'K', ' now']],
  ['{a}{b}', { a: 1, b: 2 }, ['', 1, '', 2, '']],
  ['Left {unknown} alone', {}, ['Left ', '{unknown}', ' alone']],
])('withSlots(%j)', (text, slots, parts) => {
  expect(withSlots(text, slots)).toEqual(parts);
});
