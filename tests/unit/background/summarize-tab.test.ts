/** The background's summarising service with fakeBrowser; scripting and action are stubbed (pitfall 4). */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCached } from '../../../entrypoints/background/cache';
import { onMenuClick } from '../../../entrypoints/background/context-menu';
import { scriptingFailure, summarizeTab } from '../../../entrypoints/background/summarize-tab';
import type { ExtractResult } from '../../../engine/extract/article';

const ARTICLE: ExtractResult = {
  ok: true,
  readerable: true,
  article: {
    title: 'दिल्ली में भारत-फ्रांस रक्षा वार्ता',
    lang: 'hi',
    blocks: [
      { kind: 'paragraph', text: 'भारत और फ्रांस ने पनडुब्बियों और लड़ाकू विमानों के संयुक्त उत्पादन पर सहमति जताई। दोनों देश रक्षा सहयोग को आगे बढ़ाएंगे।' },
      { kind: 'paragraph', text: 'दोनों पक्षों ने द्विपक्षीय व्यापार बढ़ाने और निर्यात की बाधाएं हटाने का फैसला किया।' },
    ],
  },
};

const executeScript = vi.fn();
const browserStubs = fakeBrowser as unknown as {
  scripting: { executeScript: typeof executeScript };
  action?: Record<string, unknown>;
  windows: { create: ReturnType<typeof vi.fn> };
};

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  browserStubs.scripting = { executeScript };
});

describe('summarizeTab', () => {
  test('summarises an article page and caches the card by URL', async () => {
    const tabId = await openTab('https://news.example.in/story');
    executeScript.mockResolvedValue([{ result: ARTICLE }]);
    const first = await summarizeTab(tabId);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.source).toBe('page');
    expect(first.summary.sections.map((s) => s.topic)).toContain('defence');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/extract.js'] });

    const again = await summarizeTab(tabId);
    expect(again).toEqual(first);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect((await getCached(tabId))?.url).toBe('https://news.example.in/story');

    await summarizeTab(tabId, { refresh: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  test('two requests for one tab share one job', async () => {
    const tabId = await openTab('https://news.example.in/a');
    executeScript.mockResolvedValue([{ result: ARTICLE }]);
    const [a, b] = await Promise.all([summarizeTab(tabId, { refresh: true }), summarizeTab(tabId)]);
    expect(a).toBe(b);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  test.each([
    'chrome://settings/',
    'https://chromewebstore.google.com/detail/x',
    'view-source:https://example.com/',
    'about:blank',
    'https://example.com/report.pdf',
  ])('a restricted page (%s) is refused without scripting', async (url) => {
    const tabId = await openTab(url);
    const state = await summarizeTab(tabId);
    expect(state).toMatchObject({ ok: false, reason: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a page that is not an article says so', async () => {
    const tabId = await openTab('https://news.example.in/world');
    executeScript.mockResolvedValue([{ result: { ok: false, reason: 'not-article', message: 'No article found on this page.' } }]);
    expect(await summarizeTab(tabId)).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test.each([
    [null],
    ['a string'],
    [{ ok: true, article: { title: 'x', blocks: [{ kind: 'script', text: 'x' }] } }],
    [{ ok: true, article: { title: 5, blocks: [] } }],
  ])('a malformed page result (%j) is a clear failure', async (result) => {
    const tabId = await openTab('https://news.example.in/b');
    executeScript.mockResolvedValue([{ result }]);
    expect(await summarizeTab(tabId)).toMatchObject({ ok: false, reason: 'failed' });
  });

  test('a tab closed before we start', async () => {
    expect(await summarizeTab(987_654)).toMatchObject({ ok: false, reason: 'tab-closed' });
  });

  test('a tab that navigates while it is read', async () => {
    const tabId = await openTab('https://news.example.in/c');
    executeScript.mockImplementation(async () => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://news.example.in/elsewhere' });
      return [{ result: ARTICLE }];
    });
    expect(await summarizeTab(tabId, { refresh: true })).toMatchObject({ ok: false, reason: 'navigated' });
  });

  test('a selection is summarised instead of the page', async () => {
    const tabId = await openTab('https://news.example.in/d');
    const state = await summarizeTab(tabId, { selection: 'भारत और जापान ने सेमीकंडक्टर आपूर्ति श्रृंखला पर समझौता किया।\n\nदोनों देश कच्चे तेल के भंडार पर भी सहयोग करेंगे।' });
    expect(state).toMatchObject({ ok: true, source: 'selection' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('an empty selection is a clear failure', async () => {
    const tabId = await openTab('https://news.example.in/e');
    expect(await summarizeTab(tabId, { selection: '   ' })).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('scriptingFailure', () => {
  test.each([
    ['No tab with id: 5.', 'tab-closed'],
    ['Frame with ID 0 was removed.', 'navigated'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-permission'],
    ['Missing host permission for the tab', 'no-permission'],
    ['Something odd', 'failed'],
  ])('%s → %s', (message, reason) => {
    expect(scriptingFailure(new Error(message))).toMatchObject({ ok: false, reason });
  });
});

describe('context menu', () => {
  test('"Summarise selection" summarises the selection and opens a window where openPopup is missing', async () => {
    const tabId = await openTab('https://news.example.in/f');
    executeScript.mockResolvedValue([{ result: 'भारत ने नेपाल को बिजली निर्यात बढ़ाने की घोषणा की। दोनों देशों के बीच ऊर्जा व्यापार तेजी से बढ़ रहा है।' }]);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClick({ menuItemId: 'summarize-selection', selectionText: 'ignored when the page answers' }, tabId);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup', url: expect.stringContaining(`popup.html?tabId=${tabId}`) }));
    const cached = await getCached(tabId);
    expect(cached?.state).toMatchObject({ ok: true, source: 'selection' });
  });

  test('"Summarise this page" uses openPopup where the browser has it', async () => {
    const tabId = await openTab('https://news.example.in/g');
    executeScript.mockResolvedValue([{ result: ARTICLE }]);
    const openPopup = vi.fn().mockResolvedValue(undefined);
    browserStubs.action = { openPopup, setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    await onMenuClick({ menuItemId: 'summarize-page' }, tabId);
    expect(openPopup).toHaveBeenCalled();
    expect((await getCached(tabId))?.state).toMatchObject({ ok: true, source: 'page' });
    delete browserStubs.action;
  });
});

describe('settings that change the engine', () => {
  test('a new sentences-per-section setting makes a new card; others reuse the cache', async () => {
    const { saveSettings, getSettings } = await import('../../../utils/settings/store');
    const tabId = await openTab('https://news.example.in/h');
    executeScript.mockResolvedValue([{ result: ARTICLE }]);
    await summarizeTab(tabId);
    await saveSettings({ ...(await getSettings()), showOverview: false });
    await summarizeTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(1);
    await saveSettings({ ...(await getSettings()), perSection: 1 });
    const state = await summarizeTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(state.ok && state.summary.sections.every((s) => s.sentences.length === 1)).toBe(true);
  });
});

describe('a page that never answers', () => {
  test('gives up with a clear reason and frees the tab for the next try', async () => {
    vi.useFakeTimers();
    try {
      const tabId = await openTab('https://news.example.in/hung');
      executeScript.mockReturnValue(new Promise(() => {}));
      const pending = summarizeTab(tabId, { refresh: true });
      await vi.advanceTimersByTimeAsync(10_001);
      expect(await pending).toMatchObject({ ok: false, reason: 'failed', message: expect.stringMatching(/did not answer/) });
      executeScript.mockResolvedValue([{ result: ARTICLE }]);
      expect((await summarizeTab(tabId, { refresh: true })).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
