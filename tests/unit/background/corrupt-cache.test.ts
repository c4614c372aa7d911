/**
 * A cached card is stored data, so untrusted: one that is corrupt anywhere inside (a section
 * without lines, a line without text, a name of no kind) is never shown; the card is made again.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeTab } from '../../../entrypoints/background/summarize-tab';
import { isSummaryState, parseCacheEntry } from '../../../utils/protocol';
import { getSettings } from '../../../utils/settings/store';
import { summaryItem } from '../../../utils/storage';
import { EN_SUMMARY } from '../components/sample';
import { TOKYO_ARTICLE } from './tokyo-article';

const URL = 'https://news.example.in/corrupt';
const ARTICLE = TOKYO_ARTICLE;
const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});

const good = { ok: true as const, summary: EN_SUMMARY, url: URL, source: 'page' as const, createdAt: 1, engineMs: 1 };
const section = EN_SUMMARY.sections[0]!;
const CORRUPT: [string, unknown][] = [
  ['a section without its lines', { ...EN_SUMMARY, sections: [{ ...section, sentences: undefined }] }],
  ['a line without text', { ...EN_SUMMARY, overview: [{ index: 0 }] }],
  ['a negative line index', { ...EN_SUMMARY, overview: [{ index: -1, text: 'x' }] }],
  ['a section label that is a string', { ...EN_SUMMARY, sections: [{ ...section, label: 'Defence' }] }],
  ['a key term that is null', { ...EN_SUMMARY, sections: [{ ...section, keyTerms: [null] }] }],
  ['a name of no known kind', { ...EN_SUMMARY, entities: [{ kind: 'alien', hi: 'x', en: 'x', count: 1 }] }],
  ['names on a line as a string', { ...EN_SUMMARY, overview: [{ index: 0, text: 'x', names: 'Modi' }] }],
  ['a sentence with topics as a string', { ...EN_SUMMARY, sentences: [{ index: 0, text: 'x', topics: 'trade' }] }],
];

describe('a corrupt cached card', () => {
  test('the card as the engine makes it passes', () => {
    expect(isSummaryState(good)).toBe(true);
  });

  test.each(CORRUPT)('%s is refused', (_, summary) => {
    expect(isSummaryState({ ...good, summary })).toBe(false);
    expect(parseCacheEntry({ url: URL, engineKey: '{}', state: { ...good, summary } })).toBeNull();
  });

  test('is made again, not shown', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: URL })).id as number;
    const { perSection, extraKeywords } = await getSettings();
    // Stored for this page and these settings: were it well formed, it would be shown as it is.
    const engineKey = JSON.stringify({ perSection, extraKeywords });
    await summaryItem(tabId).setValue({ url: URL, engineKey, state: good } as never);
    expect(await summarizeTab(tabId)).toEqual(good);
    await summaryItem(tabId).setValue({ url: URL, engineKey, state: { ...good, summary: CORRUPT[0]![1] } } as never);
    executeScript.mockResolvedValue([{ result: ARTICLE }]);
    const state = await summarizeTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(state.ok && state.summary.title).toBe('Talks in Tokyo');
  });
});
