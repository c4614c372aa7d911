/** The card's pure helpers: reading time, language order, section order, i18n lookup. */
import { describe, expect, test } from 'vitest';
import { applyNamed, createTranslate, resolveUiLang } from '../../../components/i18n';
import { cardLines, cardView, visibleSections } from '../../../components/lib/cardView';
import { formatDate } from '../../../components/lib/formatDate';
import { inOrder, primaryLang } from '../../../components/lib/languages';
import { countWords, minutesSaved } from '../../../components/lib/readingTime';
import { tabIdFromSearch, resolveTabId } from '../../../entrypoints/popup/tab';
import { HI_SUMMARY, settingsWith } from './sample';
import { messagesOf } from './render';

describe('reading time saved', () => {
  test.each([
    ['नई दिल्ली में बैठक हुई।', 5],
    ['The two ministers met — again.', 5],
    ['  ', 0],
    ['S-400 और 2030 तक', 4],
  ])('countWords(%j) = %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  const words = (n: number) => ({ text: Array.from({ length: n }, () => 'word').join(' ') });
  test.each([
    [1000, 200, 4],
    [400, 0, 2],
    [100, 100, 0],
    [100, 300, 0], // a card longer than the article saves nothing, never a negative time
  ])('article %i words, card %i words → %f min', (article, card, minutes) => {
    const shown = card ? [{ index: 0, ...words(card) }] : [];
    expect(minutesSaved([words(article)], shown)).toBe(minutes);
  });

  test('cardLines counts a sentence shown twice (overview and a section) once', () => {
    const twice = { ...HI_SUMMARY, overview: [...HI_SUMMARY.overview, { index: 2, text: HI_SUMMARY.sentences[2]!.text }] };
    expect(cardLines(twice).map((l) => l.index)).toEqual([0, 1, 2, 6, 3, 4, 7]);
  });
});

describe('language order', () => {
  test.each([
    ['article', 'hi', false, 'hi'],
    ['article', 'en', false, 'en'],
    ['article', 'hi', true, 'en'],
    ['en', 'hi', false, 'en'],
    ['hi', 'en', false, 'hi'],
    ['hi', 'en', true, 'en'],
  ] as const)('setting %s, article %s, swapped %s → %s', (setting, article, swapped, expected) => {
    expect(primaryLang(setting, article, swapped)).toBe(expected);
  });

  test('inOrder puts the primary first', () => {
    expect(inOrder({ en: 'Trade', hi: 'व्यापार' }, 'hi').map((x) => x.text)).toEqual(['व्यापार', 'Trade']);
    expect(inOrder({ en: 'Trade', hi: 'व्यापार' }, 'en').map((x) => x.lang)).toEqual(['en', 'hi']);
  });
});

describe('sections shown', () => {
  test.each([
    [{}, ['defence', 'trade', 'energy', 'space']],
    [{ topicOrder: ['energy', 'trade', 'defence'] as const }, ['energy', 'trade', 'defence', 'space']],
    [{ hiddenTopics: ['trade'] as const }, ['defence', 'energy', 'space']],
    [{ topicOrder: ['trade'] as const, hiddenTopics: ['defence'] as const }, ['trade', 'energy', 'space']],
  ])('%j → %j', (over, expected) => {
    const s = settingsWith({ ...over } as never);
    expect(visibleSections(HI_SUMMARY.sections, s).map((x) => x.topic)).toEqual(expected);
  });

  test('cardView drops what the settings hide', () => {
    const v = cardView(HI_SUMMARY, settingsWith({ showOverview: false, showEntities: false, showKeyTerms: false, hiddenTopics: ['energy'] }));
    expect(v.overview).toEqual([]);
    expect(v.entities).toEqual([]);
    expect(v.sections.map((s) => s.topic)).toEqual(['defence', 'trade', 'space']);
    expect(v.sections.every((s) => s.keyTerms.length === 0)).toBe(true);
  });
});

describe('formatDate', () => {
  test.each([
    [null, 'en', null],
    ['', 'en', null],
    ['2026-03-12', 'en', '12 Mar 2026'],
    ['2026-03-12T23:30:00+05:30', 'en', '12 Mar 2026'],
    ['last Tuesday', 'en', 'last Tuesday'],
  ] as const)('%j (%s) → %j', (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });
  test('Hindi month names in a Hindi UI', () => {
    expect(formatDate('2026-03-12', 'hi')).toMatch(/मार्च/);
  });
  test('formatters are kept per language and zone: answers in turn match a fresh formatter', () => {
    const fresh = (date: Date, locale: string, utc: boolean) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', ...(utc ? { timeZone: 'UTC' } : {}) }).format(date);
    const local = 'March 12, 2026 23:30';
    for (let i = 0; i < 2; i++) {
      expect(formatDate('2026-03-12', 'hi')).toBe(fresh(new Date(Date.UTC(2026, 2, 12)), 'hi-IN', true));
      expect(formatDate('2026-03-12', 'en')).toBe('12 Mar 2026');
      expect(formatDate(local, 'en')).toBe(fresh(new Date(local), 'en-GB', false));
      expect(formatDate(local, 'hi')).toBe(fresh(new Date(local), 'hi-IN', false));
    }
  });
});

describe('popup tab', () => {
  test.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['?tabId=-1', null],
    ['?tabId=abc', null],
    ['?other=1', null],
    ['', null],
  ])('tabIdFromSearch(%j) = %j', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
  test('resolveTabId prefers the query, else the active tab, else null', async () => {
    await expect(resolveTabId('?tabId=7', async () => [{ id: 1 }])).resolves.toBe(7);
    await expect(resolveTabId('', async () => [{ id: 3 }])).resolves.toBe(3);
    await expect(resolveTabId('', async () => [])).resolves.toBeNull();
    await expect(resolveTabId('', () => Promise.reject(new Error('no tabs')))).resolves.toBeNull();
  });
});

describe('UI text', () => {
  test('a forced locale is looked up first, then the fallback, then the key', () => {
    const t = createTranslate({ popup_retry: { message: 'फिर कोशिश करें' } }, (k) => (k === 'popup.overview' ? 'Overview' : ''));
    expect(t('popup.retry')).toBe('फिर कोशिश करें');
    expect(t('popup.overview')).toBe('Overview');
    expect(t('popup.keyTerms')).toBe('popup.keyTerms');
  });
  test('named substitutions', () => {
    expect(applyNamed('About {minutes} min, {x}', { minutes: 4 })).toBe('About 4 min, {x}');
    expect(createTranslate(messagesOf('hi'))('popup.timeSaved', { minutes: 3 })).toBe('लगभग 3 मिनट की बचत');
  });
  test.each([
    ['browser', 'hi-IN', 'hi'],
    ['browser', 'en-US', 'en'],
    ['browser', 'fr', 'en'],
    ['browser', undefined, 'en'],
    ['en', 'hi', 'en'],
    ['hi', 'en-GB', 'hi'],
  ] as const)('resolveUiLang(%s, %s) = %s', (setting, locale, expected) => {
    expect(resolveUiLang(setting, locale)).toBe(expected);
  });
  test('en.yml and hi.yml have the same popup and translation keys, none empty, Hindi in Devanagari', () => {
    const en = messagesOf('en');
    const hi = messagesOf('hi');
    const popupKeys = (m: Record<string, unknown>) =>
      Object.keys(m)
        .filter((k) => k.startsWith('popup_') || k.startsWith('translation_'))
        .sort();
    expect(popupKeys(hi)).toEqual(popupKeys(en));
    for (const k of popupKeys(hi)) {
      expect(en[k]?.message.trim(), k).toBeTruthy();
      expect(hi[k]?.message, k).toMatch(/[\u0900-\u097F]/);
    }
  });
});
