// @vitest-environment happy-dom
/** Never a blank popup: a card that throws while it is drawn shows what went wrong and Retry. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { PopupView } from '../../../components/PopupView';
import type { Summary } from '../../../engine/summary/types';
import { EN_SUMMARY, settingsWith } from './sample';
import { renderWithI18n } from './render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('a card that cannot be drawn becomes an error with Retry, inside the same root', () => {
  // Passes the stored-card checks' types, yet a line's text is not a string: drawing it throws.
  const broken = { ...EN_SUMMARY, overview: [{ index: 0, text: { toString: null } }] } as unknown as Summary;
  const onRetry = vi.fn();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderWithI18n(
    <PopupView
      status={{ kind: 'done', state: { ok: true, summary: broken, url: 'https://news.example.in/x', source: 'page', createdAt: 1, engineMs: 1 } }}
      settings={settingsWith()}
      onRetry={onRetry}
      onShowInPage={async () => ({ ok: true, method: 'mark' })}
      onOpenOptions={() => {}}
      writeClipboard={async () => {}}
    />,
  );
  const root = screen.getByTestId('popup');
  expect(root.dataset.state).toBe('error');
  expect(root.textContent).toMatch(/The card could not be drawn/);
  fireEvent.click(screen.getByTestId('retry'));
  expect(onRetry).toHaveBeenCalledOnce();
});
