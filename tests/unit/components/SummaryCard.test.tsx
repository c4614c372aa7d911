// @vitest-environment happy-dom
/** The summary card's sections: which show and in what order, their bilingual labels, each sentence once, opening a section. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Settings } from '../../../utils/settings/schema';
import { EN_SUMMARY, HI_SUMMARY } from './sample';
import { menuItem } from './render';
import { heading, indices, renderCard, section, topics } from './summary-card';

afterEach(cleanup);

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
    fireEvent.click(menuItem('swap-languages'));
    expect(heading('trade')).toBe('Trade · व्यापार');
    expect(screen.getAllByTestId('entity')[0]!.textContent).toMatch(/^S\. Jaishankar · एस\. जयशंकर/);
    fireEvent.click(menuItem('swap-languages'));
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

test('sections opened in one go all stay open (each change builds on the last)', () => {
  const props = renderCard();
  const toggles = screen.getAllByTestId('section-toggle');
  // Clicked within one task, before the card re-renders.
  toggles.forEach((t) => t.click());
  expect(props.onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ expanded: ['defence', 'trade', 'energy'] }));
});
