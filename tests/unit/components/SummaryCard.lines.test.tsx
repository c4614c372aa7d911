// @vitest-environment happy-dom
/** The summary card's lines (buttons that show the sentence in the page) and the key terms and glossary terms of sections and lines. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { EN_SUMMARY, HI_SUMMARY } from './sample';
import { menuItem } from './render';
import { renderCard, section } from './summary-card';

afterEach(cleanup);

describe('lines', () => {
  test('every line is a button (its role) with its sentence index, quoting the sentence', () => {
    renderCard();
    const lines = screen.getAllByTestId('line');
    expect(lines.map((l) => [l.getAttribute('role'), l.tabIndex, l.dataset.index, l.textContent])).toEqual([
      ['button', 0, '2', HI_SUMMARY.sentences[2]!.text],
      ['button', 0, '3', HI_SUMMARY.sentences[3]!.text],
      ['button', 0, '4', HI_SUMMARY.sentences[4]!.text],
    ]);
    expect(lines.every((l) => l.getAttribute('lang') === 'hi')).toBe(true);
  });

  test('a click, Enter or Space calls onShowInPage with the line text', async () => {
    const props = renderCard();
    fireEvent.click(screen.getAllByTestId('line')[1]!);
    expect(props.onShowInPage).toHaveBeenCalledWith(HI_SUMMARY.sentences[3]!.text);
    fireEvent.keyDown(screen.getAllByTestId('overview-line')[0]!, { key: 'Enter' });
    expect(props.onShowInPage).toHaveBeenLastCalledWith(HI_SUMMARY.sentences[0]!.text);
    fireEvent.keyDown(screen.getAllByTestId('line')[0]!, { key: ' ' });
    expect(props.onShowInPage).toHaveBeenLastCalledWith(HI_SUMMARY.sentences[2]!.text);
  });

  test.each([
    [{ ok: false, reason: 'not-found', message: 'x' }, /Couldn't find this line/],
    [{ ok: false, reason: 'tab-closed', message: 'x' }, /Couldn't reach the page/],
  ] as const)('a failed show gives a small status under the line (%#)', async (result, text) => {
    renderCard({ onShowInPage: async () => result });
    const line = screen.getAllByTestId('line')[0]!;
    fireEvent.click(line);
    await waitFor(() => expect(screen.getByText(text)).toBeTruthy());
    // The status sits under the line that was clicked, and is announced.
    expect(line.closest('li')!.querySelector('[role="status"]')!.textContent).toMatch(text);
  });

  test('a rejected show is a status too, never an uncaught error', async () => {
    renderCard({ onShowInPage: () => Promise.reject(new Error('gone')) });
    fireEvent.click(screen.getAllByTestId('line')[0]!);
    await waitFor(() => expect(screen.getByText(/Couldn't reach the page/)).toBeTruthy());
  });

  test('the translation slot is there, hidden and empty', () => {
    renderCard();
    const slots = document.querySelectorAll('[data-slot="translation"]');
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect((slot as HTMLElement).hidden).toBe(true);
      expect(slot.textContent).toBe('');
    }
  });
});

describe('terms: the section keeps its key terms, each line its glossary on demand', () => {
  test('a closed section is its heading and best line; open, it shows its key terms', () => {
    renderCard();
    const chips = () => [...section('defence').querySelectorAll('[data-testid="key-term"]')].map((c) => c.textContent);
    expect(chips()).toEqual([]);
    fireEvent.click(section('defence').querySelector('[data-testid="section-toggle"]')!);
    expect(chips()).toEqual(['संयुक्त उत्पादन ↔ joint production', 'नौसेना ↔ navy', 'पनडुब्बी ↔ submarine']);
  });

  test("no line shows its terms until the reader asks; the toggle shows each line's, and is remembered", () => {
    const props = renderCard();
    expect(screen.queryAllByTestId('line-term')).toHaveLength(0);
    // A checkbox item of the "More" menu: it closes the menu, and says its state when opened again.
    const toggle = menuItem('toggle-terms');
    expect(toggle.getAttribute('role')).toBe('menuitemcheckbox');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.queryByTestId('toggle-terms')).toBeNull();
    expect(menuItem('toggle-terms').getAttribute('aria-checked')).toBe('true');
    const chipsOf = (index: string) =>
      [
        ...screen
          .getAllByTestId('overview-line')
          .find((l) => l.dataset.index === index)!
          .closest('li')!
          .querySelectorAll('[data-testid="line-term"]'),
      ].map((c) => c.textContent);
    expect(chipsOf('1')).toEqual(['संयुक्त उत्पादन ↔ joint production', 'पनडुब्बी ↔ submarine']);
    expect(props.onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ terms: true }));
  });

  test('English articles match the English form, any case', () => {
    renderCard({ summary: EN_SUMMARY, ui: { expanded: [], terms: true, translations: true } });
    expect(screen.getAllByTestId('line-term').map((c) => c.textContent)).toEqual(['संयुक्त उत्पादन ↔ joint production']);
  });

  test("the card shows the engine's lists as they are, and finds nothing itself", () => {
    const [first, second] = HI_SUMMARY.overview;
    const given = {
      ...first!,
      cardTerms: [{ hi: 'शिखर सम्मेलन', en: 'summit', start: 0, end: 1 }],
      names: [{ kind: 'country' as const, hi: 'जापान', en: 'Japan', start: 0, end: 1 }],
    };
    // A line without the engine's lists (a summary made before them) shows no chips.
    const bare = { index: second!.index, text: second!.text };
    renderCard({ summary: { ...HI_SUMMARY, overview: [given, bare] }, ui: { expanded: [], terms: true, translations: true } });
    const chips = (index: number, testId: string) =>
      [
        ...screen
          .getAllByTestId('overview-line')
          .find((l) => l.dataset.index === String(index))!
          .closest('li')!
          .querySelectorAll(`[data-testid="${testId}"]`),
      ].map((c) => c.textContent);
    expect(chips(given.index, 'line-term')).toEqual(['शिखर सम्मेलन ↔ summit']);
    expect(chips(given.index, 'line-name')).toEqual(['जापान ↔ Japan']);
    expect(chips(bare.index, 'line-term')).toEqual([]);
    expect(chips(bare.index, 'line-name')).toEqual([]);
  });

  test.each([
    [true, 5],
    [false, 0],
  ])('showKeyTerms %s: %i section chips with the sections open, and no line chips even when asked for', (showKeyTerms, rows) => {
    renderCard({ ui: { expanded: ['defence', 'trade', 'energy'], terms: true, translations: true } }, { showKeyTerms, showEntities: false });
    expect(screen.queryAllByTestId('key-term')).toHaveLength(rows);
    if (!showKeyTerms) expect(screen.queryAllByTestId('line-term')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('more-actions'));
    expect(screen.queryByTestId('toggle-terms') !== null).toBe(showKeyTerms);
  });
});
