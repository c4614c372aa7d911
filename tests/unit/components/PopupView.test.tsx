// @vitest-environment happy-dom
/** The popup's root: loading with delayed progress, each state view, and the card. */
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PROGRESS_DELAY_MS } from '../../../components/LoadingView';
import { type PopupStatus, PopupView } from '../../../components/PopupView';
import type { SummaryFailure, SummaryState } from '../../../utils/protocol';
import { HI_SUMMARY, settingsWith } from './sample';
import { renderWithI18n } from './render';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderPopup(status: PopupStatus, lang: 'hi' | 'en' = 'en', extra: { onSummarise?: () => void } = {}) {
  const onRetry = vi.fn();
  renderWithI18n(
    <PopupView
      {...extra}
      status={status}
      settings={settingsWith()}
      onRetry={onRetry}
      onShowInPage={async () => ({ ok: true, method: 'mark' })}
      onOpenOptions={() => {}}
      writeClipboard={async () => {}}
    />,
    lang,
  );
  return { onRetry, root: screen.getByTestId('popup') };
}

const failure = (reason: SummaryFailure, message = `message for ${reason}`): PopupStatus => ({ kind: 'done', state: { ok: false, reason, message } });

describe('states', () => {
  test.each([
    ['not-article', 'not-article', /doesn't look like an article/, true],
    ['restricted', 'restricted', /can't read this kind of page \(browser pages, the Web Store, PDFs, view-source\)/, false],
    ['too-large', 'error', /too long/, false],
    ['unsupported-language', 'error', /Hindi and English articles only/, false],
    ['empty', 'error', /no text/, true],
    ['tab-closed', 'error', /tab was closed/, true],
    ['navigated', 'error', /moved to another page/, true],
    ['no-permission', 'error', /didn't let Kootniti/, true],
    ['failed', 'error', /Something went wrong/, true],
  ] as const)('%s → data-state %s', (reason, state, text, retry) => {
    const { root, onRetry } = renderPopup(failure(reason));
    expect(root.dataset.state).toBe(state);
    expect(root.textContent).toMatch(text);
    expect(screen.queryAllByTestId('section')).toHaveLength(0);
    const button = screen.queryByTestId('retry');
    expect(Boolean(button)).toBe(retry);
    if (button) {
      expect(button.tagName).toBe('BUTTON');
      fireEvent.click(button);
      expect(onRetry).toHaveBeenCalledOnce();
    }
    if (state === 'error' && reason !== 'unsupported-language') expect(root.textContent).toContain(`message for ${reason}`);
  });

  test.each([
    ['ru', 'en', 'This article is in Russian: Kootniti summarises Hindi and English articles only.'],
    ['ko', 'hi', 'यह लेख कोरियाई में है: कूटनीति केवल हिन्दी और अंग्रेज़ी लेखों का सार बनाता है।'],
  ] as const)('an unsupported language (%s) is named once, in the UI language (%s), with no Retry', (language, lang, text) => {
    const status: PopupStatus = { kind: 'done', state: { ok: false, reason: 'unsupported-language', message: 'Unsupported language (xx)', language } };
    const { root } = renderPopup(status, lang);
    expect(root.querySelector('.state')!.textContent).toBe(text);
    expect(screen.queryByTestId('retry')).toBeNull();
  });

  test('an unknown language code falls back to the plain message', () => {
    const { root } = renderPopup({ kind: 'done', state: { ok: false, reason: 'unsupported-language', message: 'x', language: 'und' } });
    expect(root.textContent).toContain('Kootniti summarises Hindi and English articles only.');
  });

  test('the side panel with no card yet offers to make one', () => {
    const onSummarise = vi.fn();
    renderPopup({ kind: 'idle' }, 'en', { onSummarise });
    expect(screen.getByTestId('popup').dataset.state).toBe('idle');
    fireEvent.click(screen.getByTestId('summarise-tab'));
    expect(onSummarise).toHaveBeenCalledOnce();
  });

  test('not-article shows the selection hint', () => {
    renderPopup(failure('not-article'));
    expect(screen.getByTestId('selection-hint').textContent).toContain('Summarise selection');
  });

  test('the state views in Hindi', () => {
    const { root } = renderPopup(failure('restricted'), 'hi');
    expect(root.textContent).toContain('कूटनीति इस तरह के पेज नहीं पढ़ सकता');
    expect(root.getAttribute('lang')).toBe('hi');
  });

  test('ok renders the card', () => {
    const state: SummaryState = { ok: true, summary: HI_SUMMARY, url: HI_SUMMARY.url!, source: 'page', createdAt: 1, engineMs: 3 };
    const { root } = renderPopup({ kind: 'done', state });
    expect(root.dataset.state).toBe('ok');
    expect(screen.getAllByTestId('section')).toHaveLength(3);
  });
});

describe('loading', () => {
  test('shows nothing in words at first, then the progress stage in a polite live region', () => {
    vi.useFakeTimers();
    const { root } = renderPopup({ kind: 'loading', stage: 'reading' });
    expect(root.dataset.state).toBe('loading');
    const live = screen.getByTestId('progress');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DELAY_MS + 10);
    });
    expect(live.textContent).toBe('Reading the page…');
  });

  test.each([
    [null, 'Summarising this article…'],
    ['analysing', 'Analysing the article…'],
  ] as const)('stage %s → %s', (stage, text) => {
    vi.useFakeTimers();
    renderPopup({ kind: 'loading', stage });
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DELAY_MS + 10);
    });
    expect(screen.getByTestId('progress').textContent).toBe(text);
  });
});
