// @vitest-environment happy-dom
/** The summary card: brief sections, each sentence once, tags, terms on demand, names, actions. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import type { ShowInPageResult } from '../../../utils/protocol';
import type { Settings } from '../../../utils/settings/schema';
import type { Entity } from '../../../engine/types';
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
    onUiChange: vi.fn(),
    ...over,
  };
  renderWithI18n(<SummaryCard {...props} />, lang);
  return props;
}

const topics = () => screen.queryAllByTestId('section').map((s) => s.dataset.topic);
const section = (topic: string) => screen.getAllByTestId('section').find((s) => s.dataset.topic === topic)!;
const heading = (topic: string) => section(topic).querySelector('[data-testid="section-heading"]')!.textContent;
const indices = (testId: string) => screen.queryAllByTestId(testId).map((l) => l.dataset.index);

describe('sections', () => {
  test.each([
    [{}, ['defence', 'trade', 'energy']],
    [{ topicOrder: ['energy', 'defence', 'trade'] }, ['energy', 'defence', 'trade']],
    [{ hiddenTopics: ['defence'] }, ['trade', 'energy']],
    [{ hiddenTopics: ['defence', 'trade', 'energy'] }, []],
  ] as const)('settings %j → sections %j', (settings, expected) => {
    renderCard({}, settings as Partial<Settings>);
    expect(topics()).toEqual(expected);
    // The topic map's legend follows the same sections.
    const legend = screen.queryByTestId('share-bar')?.querySelectorAll('li[data-topic]') ?? [];
    expect([...legend].map((li) => li.getAttribute('data-topic'))).toEqual(expected);
  });

  test('an empty card says why', () => {
    renderCard({}, { hiddenTopics: ['defence', 'trade', 'energy', 'space'] });
    expect(screen.getByText(/No topic sections to show/)).toBeTruthy();
  });

  test('headings are h2, the title h1 in the article language', () => {
    renderCard();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(HI_SUMMARY.title);
    expect(h1.getAttribute('lang')).toBe('hi');
    expect(screen.getAllByTestId('section-heading').every((h) => h.closest('h2') !== null)).toBe(true);
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

  test('a long name leads in full, the other language gives its one-word name', () => {
    const summary = {
      ...HI_SUMMARY,
      sections: [{ ...HI_SUMMARY.sections[0]!, topic: 'security' as const, label: { en: 'Security & Counter-terrorism', hi: 'सुरक्षा एवं आतंकवाद-रोधी' } }],
    };
    renderCard({ summary });
    expect(heading('security')).toBe('सुरक्षा एवं आतंकवाद-रोधी · Security');
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

describe('a brief card: each sentence once, best line first, the rest on demand', () => {
  test('at a glance each section shows its best line; no sentence appears twice', () => {
    renderCard();
    expect(indices('overview-line')).toEqual(['0', '1']);
    expect(indices('line')).toEqual(['2', '3', '4']);
    const all = [...indices('overview-line'), ...indices('line')];
    expect(new Set(all).size).toBe(all.length);
  });

  test('the heading toggles the rest of the section, and the change is passed on to be remembered', () => {
    const props = renderCard();
    const toggle = section('defence').querySelector('[data-testid="section-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('+1 more');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(indices('line')).toEqual(['2', '6', '3', '4']);
    expect(props.onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ expanded: ['defence'] }));
    fireEvent.click(toggle);
    expect(indices('line')).toEqual(['2', '3', '4']);
  });

  test('a remembered choice opens the section at once', () => {
    renderCard({ ui: { expanded: ['defence'], terms: false, translations: true } });
    expect(indices('line')).toEqual(['2', '6', '3', '4']);
  });

  test('a section with one line opens to its key terms; with none, it has nothing to open', () => {
    renderCard();
    expect(section('trade').querySelector('[data-testid="section-more"]')!.textContent).toBe('Key terms');
    cleanup();
    renderCard({ summary: { ...HI_SUMMARY, sections: HI_SUMMARY.sections.map((x) => (x.topic === 'trade' ? { ...x, keyTerms: [] } : x)) } });
    expect(section('trade').querySelector('[data-testid="section-toggle"]')).toBeNull();
    expect(section('trade').querySelector('[data-testid="section-more"]')).toBeNull();
  });

  test("a line's other topics are tags on it; the overview's lines carry all of theirs", () => {
    renderCard({ ui: { expanded: ['defence'], terms: false, translations: true } });
    const tagsOf = (testId: string, index: string) =>
      [
        ...(screen
          .getAllByTestId(testId)
          .find((l) => l.dataset.index === index)!
          .closest('li')!
          .querySelectorAll('.tag') ?? []),
      ].map((t) => t.textContent);
    expect(tagsOf('line', '6')).toEqual(['निवेश']);
    expect(tagsOf('line', '2')).toEqual([]);
    expect(tagsOf('overview-line', '1')).toEqual(['रक्षा']);
  });

  test('minor topics wait in one group, named at a glance', () => {
    renderCard();
    const group = screen.getByTestId('minor-topics');
    expect(group.textContent).toContain('अंतरिक्ष');
    expect(indices('line')).not.toContain('7');
    fireEvent.click(within(group).getByRole('button'));
    const line = within(group).getByTestId('line');
    expect(line.dataset.index).toBe('7');
    expect(line.closest('li')!.querySelector('.tag')!.textContent).toBe('अंतरिक्ष');
  });
});

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
    const toggle = screen.getByTestId('toggle-terms');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
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
    if (!showKeyTerms) expect(screen.queryByTestId('toggle-terms')).toBeNull();
  });
});

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
    fireEvent.click(screen.getByTestId(testId));
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
    fireEvent.click(screen.getByTestId('swap-languages'));
    fireEvent.click(screen.getByTestId('copy-markdown'));
    await waitFor(() => expect(props.writeClipboard).toHaveBeenCalledTimes(2));
    expect(vi.mocked(props.writeClipboard).mock.calls[1]![0]).toContain('## Defence · रक्षा');
  });

  test('a refused clipboard says so', async () => {
    renderCard({ writeClipboard: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    fireEvent.click(screen.getByTestId('copy-text'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toMatch(/Couldn't copy/));
    expect(screen.getByTestId('copy-status').getAttribute('aria-live')).toBe('polite');
  });

  test('Options, Refresh and the side panel call their actions; no panel button without a panel', () => {
    const onOpenPanel = vi.fn();
    const props = renderCard({ onOpenPanel });
    fireEvent.click(screen.getByTestId('open-options'));
    fireEvent.click(screen.getByTestId('refresh'));
    fireEvent.click(screen.getByTestId('open-panel'));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    expect(props.onRefresh).toHaveBeenCalledOnce();
    expect(onOpenPanel).toHaveBeenCalledOnce();
    cleanup();
    renderCard();
    expect(screen.queryByTestId('open-panel')).toBeNull();
  });

  test('the actions come before the overview, and every one is a named button', () => {
    renderCard({ source: 'selection', onOpenPanel: () => {} });
    const actions = screen.getByTestId('copy-markdown').closest('section')!;
    expect(actions.compareDocumentPosition(screen.getByTestId('overview')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const id of ['copy-markdown', 'copy-text', 'toggle-terms', 'swap-languages', 'refresh', 'open-panel', 'open-options', 'summarize-page']) {
      const button = screen.getByTestId(id);
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

test('sections opened in one go all stay open (each change builds on the last)', () => {
  const props = renderCard();
  const toggles = screen.getAllByTestId('section-toggle');
  // Clicked within one task, before the card re-renders.
  toggles.forEach((t) => t.click());
  expect(props.onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ expanded: ['defence', 'trade', 'energy'] }));
});
