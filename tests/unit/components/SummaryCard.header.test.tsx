// @vitest-environment happy-dom
/** The summary card around its sections: overview, names, header and topic map, and the actions at the top. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Entity } from '../../../engine/types';
import { HI_SUMMARY } from './sample';
import { menuItem } from './render';
import { renderCard, section } from './summary-card';

afterEach(cleanup);

describe('overview, names and header', () => {
  test.each([true, false])('showOverview %s', (showOverview) => {
    renderCard({}, { showOverview });
    expect(screen.queryAllByTestId('overview')).toHaveLength(showOverview ? 1 : 0);
  });

  test('names in both scripts, grouped by kind, with counts said by the plural rules', () => {
    renderCard();
    const list = screen.getByTestId('entities');
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['People', 'Countries', 'Places', 'Organisations']);
    const items = screen.getAllByTestId('entity').map((e) => e.textContent);
    expect(items[0]).toMatch(/^एस\. जयशंकर · S\. Jaishankar/);
    expect(items[0]).toContain('×3');
    expect(items[0]).toContain('mentioned 3 times');
    expect(items[2]).toContain('mentioned once');
    expect(items.join(' ')).not.toContain('1 times');
  });

  test('a long list of names keeps those mentioned once for "more"', () => {
    const many: Entity[] = [...HI_SUMMARY.entities, ...['ए', 'बी', 'सी', 'डी'].map((hi, k) => ({ kind: 'person' as const, hi, en: `P${k}`, count: 1 }))];
    renderCard({ summary: { ...HI_SUMMARY, entities: many } });
    expect(screen.getAllByTestId('entity')).toHaveLength(2);
    const more = screen.getByTestId('entities-more');
    expect(more.textContent).toBe('+6 names mentioned once');
    fireEvent.click(more);
    expect(screen.getAllByTestId('entity')).toHaveLength(8);
  });

  test('showEntities false hides the names', () => {
    renderCard({}, { showEntities: false });
    expect(screen.queryByTestId('entities')).toBeNull();
  });

  test('badge, site, date and time saved, on one line', () => {
    renderCard();
    expect(screen.getByTestId('language-badge').textContent).toBe('हिन्दी');
    expect(screen.getByText('समाचार उदाहरण')).toBeTruthy();
    expect(screen.getByText('12 Mar 2026')).toBeTruthy();
    expect(screen.getByTestId('time-saved').textContent).toBe('Saves under a minute');
    expect(screen.getByTestId('time-saved').closest('.meta')).toBe(screen.getByTestId('language-badge').closest('.meta'));
  });

  test('the topic map has a text alternative, and each item jumps to its section', () => {
    renderCard();
    const bar = screen.getByTestId('share-bar');
    expect([...bar.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['रक्षा 40%', 'व्यापार 25%', 'ऊर्जा 15%']);
    expect(bar.querySelector('.bar')!.getAttribute('aria-hidden')).toBe('true');
    const target = section('energy').querySelector('h2') as HTMLElement;
    target.scrollIntoView = vi.fn();
    fireEvent.click(within(bar).getAllByTestId('topic-jump')[2]!);
    expect(document.activeElement).toBe(target);
    expect(target.scrollIntoView).toHaveBeenCalled();
  });

  test.each([
    ['page', 0],
    ['selection', 1],
  ] as const)('source %s: selection note and whole-page button ×%i', (source, n) => {
    const props = renderCard({ source });
    expect(screen.queryAllByText('Summary of your selection')).toHaveLength(n);
    const button = screen.queryByTestId('summarize-page');
    expect(button ? 1 : 0).toBe(n);
    if (button) {
      fireEvent.click(button);
      expect(props.onRefresh).toHaveBeenCalledOnce();
    }
  });
});

describe('actions, at the top', () => {
  test.each([
    ['copy-markdown', /^# भारत-फ्रांस/],
    ['copy-text', /^भारत-फ्रांस विदेश मंत्रियों की बैठक\n/],
  ])('%s writes the card to the clipboard and says "Copied"', async (testId, start) => {
    const props = renderCard({}, { hiddenTopics: ['energy'] });
    fireEvent.click(menuItem(testId));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
    const text = vi.mocked(props.writeClipboard).mock.calls[0]![0];
    expect(text).toMatch(start);
    expect(text).toContain('Defence');
    expect(text).not.toContain('Energy'); // what the card shows, hidden topics left out
  });

  test("the Markdown copy leads with the card's leading language", async () => {
    const props = renderCard();
    fireEvent.click(screen.getByTestId('copy-markdown'));
    await waitFor(() => expect(props.writeClipboard).toHaveBeenCalled());
    expect(vi.mocked(props.writeClipboard).mock.calls[0]![0]).toContain('## रक्षा · Defence');
    fireEvent.click(menuItem('swap-languages'));
    fireEvent.click(screen.getByTestId('copy-markdown'));
    await waitFor(() => expect(props.writeClipboard).toHaveBeenCalledTimes(2));
    expect(vi.mocked(props.writeClipboard).mock.calls[1]![0]).toContain('## Defence · रक्षा');
  });

  test('a refused clipboard says so', async () => {
    renderCard({ writeClipboard: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    fireEvent.click(menuItem('copy-text'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toMatch(/Couldn't copy/));
    expect(screen.getByTestId('copy-status').getAttribute('aria-live')).toBe('polite');
  });

  test('Options, Refresh and the side panel call their actions; no panel button without a panel', () => {
    const onOpenPanel = vi.fn();
    const props = renderCard({ onOpenPanel });
    fireEvent.click(menuItem('open-options'));
    fireEvent.click(screen.getByTestId('refresh'));
    fireEvent.click(menuItem('open-panel'));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    expect(props.onRefresh).toHaveBeenCalledOnce();
    expect(onOpenPanel).toHaveBeenCalledOnce();
    cleanup();
    renderCard();
    fireEvent.click(screen.getByTestId('more-actions'));
    expect(screen.getByTestId('open-options')).toBeTruthy();
    expect(screen.queryByTestId('open-panel')).toBeNull();
  });

  test('the actions come before the overview, and every one is a named button', () => {
    renderCard({ source: 'selection', onOpenPanel: () => {} });
    const actions = screen.getByTestId('copy-markdown').closest('section')!;
    expect(actions.compareDocumentPosition(screen.getByTestId('overview')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const id of ['copy-markdown', 'copy-text', 'toggle-terms', 'swap-languages', 'refresh', 'open-panel', 'open-options', 'summarize-page']) {
      const button = menuItem(id);
      expect(button.tagName).toBe('BUTTON');
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
  });

  test('the UI text follows the UI language', () => {
    renderCard({}, {}, 'hi');
    expect(screen.getByTestId('copy-markdown').textContent).toBe('कॉपी');
    expect(screen.getByTestId('copy-markdown').getAttribute('title')).toBe('Markdown के रूप में कॉपी करें');
    expect(screen.getByTestId('refresh').getAttribute('aria-label')).toBe('ताज़ा करें: पेज फिर से पढ़ें');
    expect(screen.getByRole('heading', { name: 'सारांश' })).toBeTruthy();
  });
});
