// @vitest-environment happy-dom
/** The card's translation UI: per-line source labels, the tier bar, the download button, the model's summary. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import type { ShowInPageResult } from '../../../utils/protocol';
import { initialView, type TranslationView } from '../../../utils/translate/session';
import { withLineMentions } from '../../../engine/summary/line-mentions';
import { renderWithI18n } from './render';
import { HI_SUMMARY, settingsWith } from './sample';

afterEach(cleanup);

function view(over: Partial<TranslationView>): TranslationView {
  return { ...initialView(6), ...over };
}

function renderCard(translation: TranslationView | null, over: Partial<SummaryCardProps> = {}, lang: 'hi' | 'en' = 'en') {
  const props: SummaryCardProps = {
    summary: HI_SUMMARY,
    source: 'page',
    settings: settingsWith(),
    onShowInPage: vi.fn(async (): Promise<ShowInPageResult> => ({ ok: true, method: 'highlight-api' })),
    onRefresh: vi.fn(),
    onOpenOptions: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    translation,
    onDownloadTranslator: vi.fn(),
    onRetryTranslation: vi.fn(),
    ...over,
  };
  renderWithI18n(<SummaryCard {...props} />, lang);
  return props;
}

/** The card line (overview or section) with sentence index `i`, as its <li>. */
const lineItem = (i: number) =>
  [...screen.queryAllByTestId('overview-line'), ...screen.getAllByTestId('line')].find((b) => b.dataset.index === String(i))!.closest('li')!;
/** The reader has asked for the terms on lines. */
const withTerms = { ui: { expanded: [], terms: true, translations: true } };

describe('glossary tier (no translator)', () => {
  test('asked for, lines carry their glossed terms and names, labelled "glossary", and no translation', () => {
    renderCard(view({ phase: 'glossary' }), withTerms);
    const line = lineItem(1);
    expect(within(line).getByTestId('glossary-tag').textContent).toBe('glossary');
    expect(
      within(line)
        .getAllByTestId('line-term')
        .map((c) => c.textContent),
    ).toContain('संयुक्त उत्पादन ↔ joint production');
    expect(line.querySelector('[data-slot="translation"]')!.hasAttribute('hidden')).toBe(true);
  });

  test('with no translator the offer leads to setting one up, and the status line stays quiet', () => {
    const props = renderCard(view({ phase: 'glossary' }));
    const offer = screen.getByTestId('translation-setup');
    expect(offer.getAttribute('title')).toMatch(/No translator is set up/);
    fireEvent.click(offer);
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    expect(screen.getByTestId('translation-status').textContent).toBe('');
  });

  test("the engine's names of the line, persons by their last name too", () => {
    renderCard(view({ phase: 'glossary' }), withTerms);
    // Sentence 0 names नई दिल्ली and फ्रांस.
    const names = within(screen.getAllByTestId('overview-line')[0]!.closest('li')!)
      .getAllByTestId('line-name')
      .map((c) => c.textContent);
    expect(names).toEqual(['फ्रांस ↔ France', 'नई दिल्ली ↔ New Delhi']);
  });

  test('a configured provider without its permission is named on the card', () => {
    renderCard(view({ phase: 'glossary', blockedHost: 'localhost:11434' }));
    expect(screen.getByTestId('translation-status').textContent).toContain("isn't allowed to reach localhost:11434");
  });
});

describe('a translating tier', () => {
  test('each translated line shows its translation in the other language, tagged with its source', () => {
    renderCard(
      view({
        source: 'on-device',
        phase: 'done',
        done: 2,
        lines: { '1': 'Both agreed on joint production of submarines.', title: 'India–France ministers meet' },
      }),
      withTerms,
    );
    const slot = lineItem(1).querySelector('[data-slot="translation"]')!;
    expect(slot.getAttribute('data-source')).toBe('on-device');
    expect(slot.querySelector('[lang="en"]')!.textContent).toBe('Both agreed on joint production of submarines.');
    expect(within(lineItem(1)).getByTestId('translation-source').textContent).toBe('on-device');
    // Translated lines lose the glossary tag but keep their term chips.
    expect(within(lineItem(1)).queryByTestId('glossary-tag')).toBeNull();
    expect(within(lineItem(1)).getAllByTestId('line-term').length).toBeGreaterThan(0);
    // An untranslated line stays on the glossary.
    expect(within(lineItem(3)).getByTestId('glossary-tag')).toBeTruthy();
    expect(document.querySelector('[data-slot="title-translation"]')!.textContent).toContain('India–France ministers meet');
  });

  test('the reader can hide the translations and bring them back; the choice is passed on', () => {
    const onUiChange = vi.fn();
    renderCard(view({ source: 'on-device', phase: 'done', done: 1, lines: { '1': 'Both agreed.' } }), { onUiChange });
    const toggle = screen.getByTestId('translation-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(lineItem(1).querySelector('[data-slot="translation"]')!.hasAttribute('hidden')).toBe(true);
    expect(onUiChange).toHaveBeenLastCalledWith(expect.objectContaining({ translations: false }));
    fireEvent.click(toggle);
    expect(lineItem(1).querySelector('[data-slot="translation"] [lang="en"]')!.textContent).toBe('Both agreed.');
  });

  test('the provider tier names the model', () => {
    renderCard(view({ source: 'provider', phase: 'translating', model: 'llama3.1', done: 1, total: 6, lines: { '1': 'x' } }));
    expect(screen.getByTestId('translation-tier').textContent).toBe('Translated by your model (llama3.1)');
    expect(screen.getByTestId('translation-status').textContent).toContain('Translating 1 of 6');
    expect(within(lineItem(1)).getByTestId('translation-source').textContent).toBe('your model');
  });

  test('partial: the count of lines that failed is said', () => {
    renderCard(view({ source: 'on-device', phase: 'done', done: 4, failed: 2 }));
    expect(screen.getByTestId('translation-status').textContent).toMatch(/4 lines translated.*2 lines could not be translated/);
  });
});

describe('on-device download', () => {
  test('downloadable: the button, and a click calls the action', () => {
    const props = renderCard(view({ source: 'on-device', phase: 'needs-download' }));
    const button = screen.getByTestId('translation-download');
    expect(button.textContent).toBe('Translate');
    expect(button.getAttribute('title')).toMatch(/downloads the language pack once/);
    fireEvent.click(button);
    expect(props.onDownloadTranslator).toHaveBeenCalledTimes(1);
  });

  test('progress from the monitor shows as a progress bar and a percentage', () => {
    renderCard(view({ source: 'on-device', phase: 'preparing', progress: 0.42 }));
    expect((screen.getByTestId('translation-progress') as HTMLProgressElement).value).toBeCloseTo(0.42);
    expect(screen.getByTestId('translation-status').textContent).toContain('42%');
  });

  test('an error says what happened, that the glossary stays, and offers a retry', () => {
    const props = renderCard(view({ source: 'on-device', phase: 'error', error: 'timeout' }), withTerms, 'hi');
    expect(screen.getByTestId('translation-error').textContent).toContain('अनुवादक ने समय पर जवाब नहीं दिया');
    fireEvent.click(screen.getByTestId('translation-retry'));
    expect(props.onRetryTranslation).toHaveBeenCalled();
    expect(within(lineItem(1)).getByTestId('glossary-tag').textContent).toBe('शब्दावली');
  });

  test.each([
    ['timeout', /may be offline/],
    ['network', /may be offline/],
    ['quota', /enough free disk space.*Free some disk space/],
    ['unsupported', /Chrome 138 or later/],
  ])('a failed download says what failed (%s) and what to do', (error, text) => {
    renderCard(view({ source: 'on-device', phase: 'error', error: error as TranslationView['error'] }));
    expect(screen.getByTestId('translation-error').textContent).toMatch(text);
  });
});

describe("the model's summary", () => {
  test('points in both languages, with cite buttons that show the cited sentence in the page', async () => {
    const props = renderCard(
      view({
        source: 'provider',
        phase: 'done',
        model: 'llama3.1',
        abstract: { phase: 'done', error: null, points: [{ en: 'The two agreed on submarines.', hi: 'पनडुब्बियों पर सहमति बनी।', cites: [1, 99] }] },
      }),
    );
    // Its code loads when a model's translation arrives (a chunk of its own, not the popup's start).
    const section = await screen.findByTestId('model-summary');
    expect(section.textContent).toContain("not the article's own words");
    const cites = within(section).getAllByTestId('model-cite');
    // Index 99 is not a sentence of the article: no link for it.
    expect(cites.map((c) => c.dataset.index)).toEqual(['1']);
    fireEvent.click(cites[0]!);
    expect(props.onShowInPage).toHaveBeenCalledWith(HI_SUMMARY.sentences[1]!.text);
  });

  test('not shown for the on-device tier', () => {
    renderCard(view({ source: 'on-device', phase: 'done' }));
    expect(screen.queryByTestId('model-summary')).toBeNull();
  });
});

test('no translation state (the bare card): no tier bar', () => {
  renderCard(null);
  expect(screen.queryByTestId('translation-status')).toBeNull();
});

describe("the engine's terms on a line", () => {
  test('shown as the engine merged them: after the section key terms, each pair once, names not repeated as terms', () => {
    const line = {
      ...HI_SUMMARY.sections[1]!.sentences[0]!,
      terms: [
        { hi: 'द्विपक्षीय व्यापार', en: 'bilateral trade', start: 14, end: 32 },
        { hi: 'लक्ष्य', en: 'target', start: 51, end: 57 },
        { hi: 'फ्रांस', en: 'France', start: 0, end: 6 },
      ],
    };
    const summary = {
      ...HI_SUMMARY,
      sections: HI_SUMMARY.sections.map((s) => (s.topic === 'trade' ? { ...s, sentences: [line] } : s)),
      entities: [...HI_SUMMARY.entities],
    };
    // The line names France: as a name, not as a term.
    const text = `फ्रांस के साथ ${line.text}`;
    summary.sections = summary.sections.map((s) => (s.topic === 'trade' ? { ...s, sentences: [{ ...line, text }] } : s));
    renderCard(view({ phase: 'glossary' }), { summary: withLineMentions(summary), ...withTerms });
    const item = lineItem(3);
    expect(
      within(item)
        .getAllByTestId('line-term')
        .map((c) => c.textContent),
    ).toEqual(['द्विपक्षीय व्यापार ↔ bilateral trade', 'लक्ष्य ↔ target']);
    expect(
      within(item)
        .getAllByTestId('line-name')
        .map((c) => c.textContent),
    ).toEqual(['फ्रांस ↔ France']);
  });
});

describe('keyboard and screen readers', () => {
  test('the offer keeps its place and its focus while the translation runs', () => {
    renderCard(view({ source: 'on-device', phase: 'needs-download' }));
    const button = screen.getByTestId('translation-download');
    button.focus();
    cleanup();
    renderCard(view({ source: 'on-device', phase: 'preparing', progress: 0.1 }));
    const busy = screen.getByTestId('translation-busy');
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(busy.hasAttribute('disabled')).toBe(false); // a disabled button would drop the focus
  });

  test('the moving figures are outside the live region', () => {
    renderCard(view({ source: 'on-device', phase: 'preparing', progress: 0.5 }));
    const live = screen.getByTestId('translation-status').querySelector('[aria-live]')!;
    expect(live.textContent).not.toContain('50%');
    expect(live.querySelector('progress')).toBeNull();
  });

  test('a blocked provider is named whatever the phase', () => {
    renderCard(view({ source: 'on-device', phase: 'done', blockedHost: 'localhost:1234' }));
    expect(screen.getByTestId('translation-status').textContent).toContain('localhost:1234');
  });
});
