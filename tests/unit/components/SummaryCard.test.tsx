/** The summary card: sections, bilingual labels, lines, terms, names, copy and swap. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import type { ShowInPageResult } from '../../../utils/protocol';
import type { Settings } from '../../../utils/settings/schema';
import { EN_SUMMARY, HI_SUMMARY, settingsWith } from './sample';
import { renderWithI18n } from './render';

afterEach(cleanup);

function renderCard(over: Partial<SummaryCardProps> = {}, settings: Partial<Settings> = {}, lang: 'hi' | 'en' = 'en') {
  const props: SummaryCardProps = {
    summary: HI_SUMMARY,
    source: 'page',
    settings: settingsWith(settings),
    onShowInPage: vi.fn(async (): Promise<ShowInPageResult> => ({ ok: true, method: 'highlight-api' })),
    onRefresh: vi.fn(),
    onOpenOptions: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    ...over,
  };
  renderWithI18n(<SummaryCard {...props} />, lang);
  return props;
}

const topics = () => screen.queryAllByTestId('section').map((s) => s.dataset.topic);
const heading = (topic: string) =>
  screen
    .getAllByTestId('section')
    .find((s) => s.dataset.topic === topic)!
    .querySelector('[data-testid="section-heading"]')!.textContent;

describe('sections', () => {
  test.each([
    [{}, ['defence', 'trade', 'energy']],
    [{ topicOrder: ['energy', 'defence', 'trade'] }, ['energy', 'defence', 'trade']],
    [{ hiddenTopics: ['defence'] }, ['trade', 'energy']],
    [{ hiddenTopics: ['defence', 'trade', 'energy'] }, []],
  ] as const)('settings %j → sections %j', (settings, expected) => {
    renderCard({}, settings as Partial<Settings>);
    expect(topics()).toEqual(expected);
    // The share bar follows the same sections.
    const legend = screen.queryByTestId('share-bar')?.querySelectorAll('li[data-topic]') ?? [];
    expect([...legend].map((li) => li.getAttribute('data-topic'))).toEqual(expected);
  });

  test('an empty card says why', () => {
    renderCard({}, { hiddenTopics: ['defence', 'trade', 'energy'] });
    expect(screen.getByText(/No topic sections to show/)).toBeTruthy();
  });

  test('headings are h2, the title h1 in the article language', () => {
    renderCard();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(HI_SUMMARY.title);
    expect(h1.getAttribute('lang')).toBe('hi');
    expect(screen.getAllByTestId('section-heading').every((h) => h.tagName === 'H2')).toBe(true);
  });
});

describe('labels, primary language first', () => {
  test.each([
    [HI_SUMMARY, 'article', 'रक्षा · Defence'],
    [EN_SUMMARY, 'article', 'Defence · रक्षा'],
    [HI_SUMMARY, 'en', 'Defence · रक्षा'],
    [EN_SUMMARY, 'hi', 'रक्षा · Defence'],
  ] as const)('%#: primary %s', (summary, primaryLanguage, expected) => {
    renderCard({ summary }, { primaryLanguage });
    expect(heading('defence')).toBe(expected);
  });

  test('each part carries its lang', () => {
    renderCard();
    const h = screen.getAllByTestId('section-heading')[0]!;
    expect([...h.querySelectorAll('[lang]')].map((e) => `${e.getAttribute('lang')}:${e.textContent}`)).toEqual(['hi:रक्षा', 'en:Defence']);
  });

  test('swap flips the order, and back', () => {
    renderCard();
    expect(heading('trade')).toBe('व्यापार · Trade');
    fireEvent.click(screen.getByTestId('swap-languages'));
    expect(heading('trade')).toBe('Trade · व्यापार');
    expect(screen.getAllByTestId('entity')[0]!.textContent).toMatch(/^S\. Jaishankar · एस\. जयशंकर/);
    fireEvent.click(screen.getByTestId('swap-languages'));
    expect(heading('trade')).toBe('व्यापार · Trade');
  });
});

describe('lines', () => {
  test('every section line is a button with its sentence index, quoting the sentence', () => {
    renderCard();
    const lines = screen.getAllByTestId('line');
    expect(lines.map((l) => [l.tagName, l.dataset.index, l.textContent])).toEqual([
      ['BUTTON', '1', HI_SUMMARY.sentences[1]!.text],
      ['BUTTON', '2', HI_SUMMARY.sentences[2]!.text],
      ['BUTTON', '3', HI_SUMMARY.sentences[3]!.text],
      ['BUTTON', '4', HI_SUMMARY.sentences[4]!.text],
    ]);
    expect(lines.every((l) => l.getAttribute('lang') === 'hi')).toBe(true);
  });

  test('a click calls onShowInPage with the line text', async () => {
    const props = renderCard();
    fireEvent.click(screen.getAllByTestId('line')[1]!);
    expect(props.onShowInPage).toHaveBeenCalledWith(HI_SUMMARY.sentences[2]!.text);
    fireEvent.click(screen.getAllByTestId('overview-line')[0]!);
    expect(props.onShowInPage).toHaveBeenLastCalledWith(HI_SUMMARY.sentences[0]!.text);
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

describe('key terms', () => {
  test('each line shows the terms it mentions, as hi ↔ en chips', () => {
    renderCard();
    const [first, second] = screen.getAllByTestId('line');
    const chipsOf = (line: HTMLElement) => [...line.closest('li')!.querySelectorAll('[data-testid="line-term"]')].map((c) => c.textContent);
    expect(chipsOf(first!)).toEqual(['संयुक्त उत्पादन ↔ joint production', 'पनडुब्बी ↔ submarine']);
    expect(chipsOf(second!)).toEqual(['नौसेना ↔ navy']);
  });

  test('English articles match the English form, any case', () => {
    renderCard({ summary: EN_SUMMARY });
    expect(screen.getAllByTestId('line-term').map((c) => c.textContent)).toEqual(['संयुक्त उत्पादन ↔ joint production']);
  });

  test.each([
    // Line chips: 5 in the sections, 2 on the overview's line about joint production of submarines.
    [true, 5, 7],
    [false, 0, 0],
  ])('showKeyTerms %s: %i section chips, %i line chips', (showKeyTerms, rows, lines) => {
    renderCard({}, { showKeyTerms });
    expect(screen.queryAllByTestId('key-term')).toHaveLength(rows);
    expect(screen.queryAllByTestId('line-term')).toHaveLength(lines);
  });
});

describe('overview, names and header', () => {
  test.each([true, false])('showOverview %s', (showOverview) => {
    renderCard({}, { showOverview });
    expect(screen.queryAllByTestId('overview')).toHaveLength(showOverview ? 1 : 0);
  });

  test('names in both scripts, grouped by kind, with counts', () => {
    renderCard();
    const list = screen.getByTestId('entities');
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['People', 'Countries', 'Places', 'Organisations']);
    const items = screen.getAllByTestId('entity').map((e) => e.textContent);
    expect(items[0]).toMatch(/^एस\. जयशंकर · S\. Jaishankar/);
    expect(items[0]).toContain('×3');
    expect(items[0]).toContain('mentioned 3 times');
  });

  test('showEntities false hides the names', () => {
    renderCard({}, { showEntities: false });
    expect(screen.queryByTestId('entities')).toBeNull();
  });

  test('badge, site, date and time saved', () => {
    renderCard();
    expect(screen.getByTestId('language-badge').textContent).toBe('हिन्दी');
    expect(screen.getByText('समाचार उदाहरण')).toBeTruthy();
    expect(screen.getByText('12 Mar 2026')).toBeTruthy();
    expect(screen.getByTestId('time-saved').textContent).toBe('Under a minute of reading saved');
  });

  test('the share bar has a text alternative: label and percentage per topic', () => {
    renderCard();
    const bar = screen.getByTestId('share-bar');
    expect([...bar.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['रक्षा 40%', 'व्यापार 25%', 'ऊर्जा 15%']);
    expect(bar.querySelector('.bar')!.getAttribute('aria-hidden')).toBe('true');
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

describe('actions', () => {
  test.each([
    ['copy-markdown', /^# भारत-फ्रांस/],
    ['copy-text', /^भारत-फ्रांस विदेश मंत्रियों की बैठक\n/],
  ])('%s writes the card to the clipboard and says "Copied"', async (testId, start) => {
    const props = renderCard({}, { hiddenTopics: ['energy'] });
    fireEvent.click(screen.getByTestId(testId));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
    const text = vi.mocked(props.writeClipboard).mock.calls[0]![0];
    expect(text).toMatch(start);
    expect(text).toContain('Defence');
    expect(text).not.toContain('Energy'); // what the card shows, hidden topics left out
  });

  test('a refused clipboard says so', async () => {
    renderCard({ writeClipboard: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    fireEvent.click(screen.getByTestId('copy-text'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toMatch(/Couldn't copy/));
    expect(screen.getByTestId('copy-status').getAttribute('aria-live')).toBe('polite');
  });

  test('Options calls onOpenOptions', () => {
    const props = renderCard();
    fireEvent.click(screen.getByTestId('open-options'));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  test('every control is a button', () => {
    renderCard({ source: 'selection' });
    for (const id of ['copy-markdown', 'copy-text', 'swap-languages', 'open-options', 'summarize-page']) {
      expect(screen.getByTestId(id).tagName).toBe('BUTTON');
    }
  });

  test('the UI text follows the UI language', () => {
    renderCard({}, {}, 'hi');
    expect(screen.getByTestId('copy-markdown').textContent).toBe('Markdown के रूप में कॉपी करें');
    expect(screen.getByRole('heading', { name: 'सारांश' })).toBeTruthy();
  });
});
