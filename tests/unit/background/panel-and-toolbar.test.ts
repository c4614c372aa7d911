/** The side panel and the toolbar setting in the background, with fakeBrowser (sidePanel stubbed). */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCached, setCached } from '../../../entrypoints/background/cache';
import { onMenuClick } from '../../../entrypoints/background/context-menu';
import { registerTabCleanup } from '../../../entrypoints/background/tabs';
import { applyToolbarBehaviour, onToolbarClick, toolbarOpens } from '../../../entrypoints/background/toolbar';
import type { ExtractResult } from '../../../engine/extract/article';
import { openSidePanel, sidePanelAvailable } from '../../../utils/side-panel';

const ARTICLE: ExtractResult = {
  ok: true,
  readerable: true,
  article: {
    title: 'Talks on trade',
    lang: 'en',
    blocks: [
      { kind: 'paragraph', text: 'The two countries agreed to cut tariffs on farm goods and double bilateral trade by 2030. Exports of machinery will rise.' },
    ],
  },
};

const stubs = fakeBrowser as unknown as {
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  action?: Record<string, unknown>;
  sidePanel?: { open: ReturnType<typeof vi.fn> };
};

beforeEach(() => {
  fakeBrowser.reset();
  stubs.scripting = { executeScript: vi.fn().mockResolvedValue([{ result: ARTICLE }]) };
  delete stubs.sidePanel;
  delete stubs.action;
});

describe('openSidePanel', () => {
  test.each([
    ['Chrome: sidePanel.open with the tab', { sidePanel: { open: vi.fn().mockResolvedValue(undefined) } }, true],
    ['Firefox: sidebarAction.open', { sidebarAction: { open: vi.fn().mockResolvedValue(undefined) } }, true],
    ['neither', {}, false],
    ['the browser refuses (no user action)', { sidePanel: { open: vi.fn().mockRejectedValue(new Error('user gesture')) } }, false],
  ])('%s → %s', async (_, apis, opened) => {
    expect(sidePanelAvailable(apis)).toBe(_ !== 'neither');
    expect(await openSidePanel(apis, 7)).toBe(opened);
    const open = (apis as { sidePanel?: { open: ReturnType<typeof vi.fn> } }).sidePanel?.open;
    if (open) expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });
});

describe('the toolbar setting', () => {
  test('"panel" unsets the popup, so a click reaches onClicked; "popup" puts it back', async () => {
    const setPopup = vi.fn().mockResolvedValue(undefined);
    stubs.action = { setPopup };
    stubs.sidePanel = { open: vi.fn() };
    await applyToolbarBehaviour('panel');
    expect(setPopup).toHaveBeenLastCalledWith({ popup: '' });
    expect(toolbarOpens()).toBe('panel');
    await applyToolbarBehaviour('popup');
    expect(setPopup).toHaveBeenLastCalledWith({ popup: expect.stringMatching(/\/popup\.html$/) });
  });

  test('"panel" in a browser with no panel keeps the popup', async () => {
    const setPopup = vi.fn().mockResolvedValue(undefined);
    stubs.action = { setPopup };
    await applyToolbarBehaviour('panel');
    expect(setPopup).toHaveBeenLastCalledWith({ popup: expect.stringMatching(/\/popup\.html$/) });
  });

  test('a click opens the panel first, then makes the card', async () => {
    const order: string[] = [];
    stubs.sidePanel = { open: vi.fn(async () => void order.push('panel')) };
    stubs.scripting.executeScript.mockImplementation(async () => {
      order.push('read');
      return [{ result: ARTICLE }];
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a' });
    onToolbarClick(tab);
    await vi.waitFor(async () => expect((await getCached(tab.id as number))?.state.ok).toBe(true));
    expect(order).toEqual(['panel', 'read']);
  });
});

describe('the context menu and the panel', () => {
  test('where the popup cannot be opened from code, "Summarise this page" opens the side panel', async () => {
    stubs.sidePanel = { open: vi.fn().mockResolvedValue(undefined) };
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/b' });
    await onMenuClick({ menuItemId: 'summarize-page' }, tab.id as number);
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ tabId: tab.id });
    expect(create).not.toHaveBeenCalled();
    expect((await getCached(tab.id as number))?.state.ok).toBe(true);
  });

  test('with the panel chosen, the menu opens the panel even where openPopup exists', async () => {
    const openPopup = vi.fn();
    stubs.action = { openPopup, setPopup: vi.fn().mockResolvedValue(undefined), setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    stubs.sidePanel = { open: vi.fn().mockResolvedValue(undefined) };
    await applyToolbarBehaviour('panel');
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/c' });
    await onMenuClick({ menuItemId: 'summarize-page' }, tab.id as number);
    expect(stubs.sidePanel.open).toHaveBeenCalled();
    expect(openPopup).not.toHaveBeenCalled();
    await applyToolbarBehaviour('popup');
  });
});

describe('stale cards', () => {
  test('a reload of the same URL forgets the card, so the page is read again', async () => {
    registerTabCleanup();
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/d' });
    const id = tab.id as number;
    await setCached(id, { url: 'https://news.example.com/d', engineKey: '{}', state: { ok: false, reason: 'failed', message: 'x' } });
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, tab);
    expect(await getCached(id)).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await getCached(id)).toBeNull());
  });
});
