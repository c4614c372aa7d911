/**
 * Tier 2 in real Chromium: the user's own OpenAI-compatible model, set up on the options page and
 * answered by a local chat-completions server on 127.0.0.1 (streaming, and its error responses).
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { installFakeTranslator, type FakeTranslatorOptions } from '../support/fake-translator';
import { type ChatServer, startChatServer } from '../support/chat-server';
import { ArticlePage } from './support/article-page';
import { describeE2E, launchSession, type Session } from './support/browser';
import { removeStorageLocal, setStorageLocal, storageLocal, type WorkerScope } from './support/extension';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

const ARTICLE = 'hi-wordpress-moscow-meeting';
const KEY = 'sk-kootniti-e2e-0123';

describeE2E('translation: your own model', () => {
  let s: Session;
  let chat: ChatServer;
  beforeAll(async () => {
    [s, chat] = await Promise.all([launchSession(), startChatServer()]);
  });
  afterAll(async () => {
    await s?.close();
    await chat?.close();
  });
  beforeEach(async () => {
    await removeStorageLocal(s, ['translationCache']);
  });

  /** The popup, with an on-device translator present too: the configured model must win over it. */
  const openPopup = async (tabId: number) =>
    PopupPage.open(s, tabId, { prepare: (page) => page.addInitScript(installFakeTranslator, { availability: 'available' } as FakeTranslatorOptions) });

  test('set up on the options page, the model translates every line, streamed, labelled with its name; its summary cites sentences', async () => {
    const options = await OptionsPage.open(s);
    const p = options.page;
    await p.getByTestId('provider-endpoint').fill(`${chat.url}/`);
    await p.getByTestId('provider-model').fill('kootniti-test');
    await p.getByTestId('provider-key').fill(KEY);
    await p.getByTestId('provider-abstractive').check();
    await p.getByTestId('provider-save').click();
    await p.locator('[data-testid="provider-status"][data-state="ok"]').waitFor();
    expect(await p.getByTestId('provider-status').innerText()).toContain(`127.0.0.1:${chat.port}`);
    // The key is in storage.local only; sync holds nothing.
    expect((await storageLocal(s)).provider).toEqual({ endpoint: chat.url, model: 'kootniti-test', apiKey: KEY, abstractive: true });
    const sync = await s.worker.evaluate(() => (globalThis as unknown as WorkerScope).chrome.storage.sync.get(null));
    expect(sync).toEqual({});
    // "Test the connection" reaches the server.
    await p.getByTestId('provider-test').click();
    await p.getByText('Connected: kootniti-test answered.').or(p.getByText('जुड़ गया: kootniti-test ने जवाब दिया।')).waitFor();
    await options.page.close();

    const before = chat.chatBodies().length;
    const article = await ArticlePage.open(s, ARTICLE);
    const popup = await openPopup(article.tabId);
    expect(await popup.translationPhase(['done'])).toBe('done');
    expect(await popup.page.getByTestId('translation-tier').innerText()).toMatch(/kootniti-test/);
    const lines = await popup.translations();
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.source, `line ${line.index}`).toBe('provider');
      expect(line.translation, `line ${line.index}`).toMatch(/^\[model hi→en\] /);
    }
    // Streamed: the server was asked to stream, and got the key only as a bearer token.
    const bodies = chat.chatBodies().slice(before);
    expect(bodies.some((b) => b.stream === true)).toBe(true);
    const chatRequests = chat.requests.filter((r) => r.method === 'POST');
    expect(chatRequests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);

    // The abstractive summary: points in both languages, each citing real sentence indices.
    await popup.page.locator('[data-testid="model-summary"][data-phase="done"]').waitFor();
    const cites = await popup.page.getByTestId('model-cite').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-index'))));
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.every((i) => Number.isInteger(i) && i >= 0)).toBe(true);
    await popup.page.getByTestId('model-cite').first().click();
    await expect
      .poll(() =>
        article.page.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? document.querySelectorAll('mark').length),
      )
      .toBeGreaterThan(0);

    // The request log sees the extension's requests to the model (so the privacy check can fail),
    // and nothing went anywhere but 127.0.0.1.
    expect(s.network.requests.some((r) => r.url.startsWith(chat.url) && r.initiator.startsWith('chrome-extension://'))).toBe(true);
    expect(s.network.leaks(s.server.served)).toEqual([]);
    await popup.close();
    await article.close();
  });

  test.each([
    ['fake-401', 'unauthorized'],
    ['fake-429', 'rate-limited'],
    ['fake-bad-json', 'bad-response'],
  ])('%s: a clear error on the card, and the lines keep their glossary terms', async (model, code) => {
    await setStorageLocal(s, { provider: { endpoint: chat.url, model, apiKey: KEY, abstractive: false } });
    const article = await ArticlePage.open(s, ARTICLE);
    const popup = await openPopup(article.tabId);
    expect(await popup.state()).toBe('ok');
    await popup.translationPhase(['error']);
    await popup.showTerms();
    expect(await popup.page.getByTestId('translation-error').getAttribute('data-code')).toBe(code);
    const lines = await popup.translations();
    expect(lines.every((l) => l.translation === null)).toBe(true);
    expect(lines.some((l) => l.glossary)).toBe(true);
    await popup.close();
    await article.close();
  });

  test('closing the popup cancels the requests in flight', async () => {
    await setStorageLocal(s, { provider: { endpoint: chat.url, model: 'fake-hang', apiKey: '', abstractive: false } });
    const article = await ArticlePage.open(s, ARTICLE);
    const popup = await openPopup(article.tabId);
    await popup.translationPhase(['translating']);
    await expect.poll(() => chat.inFlight(), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();
    await expect.poll(() => chat.inFlight(), { timeout: 5_000 }).toBe(0);
    await article.close();
  });

  test("the server down: a network error, and nothing else is tried behind the user's back", async () => {
    await setStorageLocal(s, { provider: { endpoint: 'http://127.0.0.1:9/v1', model: 'any', apiKey: '', abstractive: false } });
    const article = await ArticlePage.open(s, ARTICLE);
    const popup = await openPopup(article.tabId);
    await popup.translationPhase(['error']);
    expect(await popup.page.getByTestId('translation-error').getAttribute('data-code')).toBe('network');
    await popup.close();
    await article.close();
    await removeStorageLocal(s, ['provider']);
  });
});
