import { expect, test } from 'vitest';
import { toExtractResult } from '../../../engine/extract/validate';
import { isMessage, isSummaryState, parseCacheEntry, parseMessage, parseProgress, parseShowInPageResult } from '../../../utils/protocol';
import { restrictedReason } from '../../../utils/restricted';

test.each([
  [{ type: 'getSummary', data: { tabId: 3 } }, true],
  [{ type: 'getSummary', data: { tabId: 3, refresh: true } }, true],
  [{ type: 'showInPage', data: { tabId: 3, text: 'A sentence.' } }, true],
  [{ type: 'getSummary', data: { tabId: -1 } }, false],
  [{ type: 'getSummary', data: { tabId: '3' } }, false],
  [{ type: 'showInPage', data: { tabId: 3, text: '' } }, false],
  [{ type: 'showInPage', data: { tabId: 3, text: 'x'.repeat(6000) } }, false],
  [{ type: 'deleteEverything', data: { tabId: 3 } }, false],
  [null, false],
  ['getSummary', false],
])('isMessage(%j) → %s', (message, ok) => {
  expect(isMessage(message)).toBe(ok);
});

test('a parsed message carries only what the protocol knows', () => {
  expect(parseMessage({ type: 'getSummary', data: { tabId: 3, refresh: true, evil: 1 }, extra: 2 })).toEqual({
    type: 'getSummary',
    data: { tabId: 3, refresh: true },
  });
});

test.each([
  ['https://www.example.in/news/story', null],
  ['http://127.0.0.1:8080/page', null],
  ['chrome://extensions', /Browser pages/],
  ['edge://settings', /Browser pages/],
  ['about:addons', /Browser pages/],
  ['moz-extension://abc/popup.html', /Browser pages/],
  ['view-source:https://example.com', /view-source/],
  ['https://chromewebstore.google.com/category/extensions', /stores/],
  ['https://chrome.google.com/webstore/detail/x', /stores/],
  ['https://addons.mozilla.org/en-US/firefox/', /stores/],
  ['https://example.com/files/statement.PDF', /PDF/],
  ['file:///home/user/page.html', /file URLs/],
  ['ftp://example.com/x', /not a web page/],
  [undefined, null],
])('restrictedReason(%s)', (url, expected) => {
  const reason = restrictedReason(url);
  if (expected === null) expect(reason).toBeNull();
  else expect(reason).toMatch(expected);
});

test('toExtractResult caps sizes and keeps only known block kinds', () => {
  const big = {
    ok: true,
    readerable: true,
    article: { title: 't'.repeat(5000), blocks: Array.from({ length: 30_000 }, () => ({ kind: 'paragraph', text: 'x' })) },
  };
  const r = toExtractResult(big);
  expect(r?.ok).toBe(true);
  if (r?.ok) {
    expect(r.article.title.length).toBe(2000);
    expect(r.article.blocks.length).toBe(20_000);
  }
  expect(toExtractResult({ ok: false, reason: 'not-article', message: 'No article.' })).toEqual({ ok: false, reason: 'not-article', message: 'No article.' });
  expect(toExtractResult({ ok: false, reason: 'hacked', message: 'x' })).toBeNull();
  expect(toExtractResult({ ok: false, reason: 'not-article', message: 'No article.', why: 'form' })).toEqual({
    ok: false,
    reason: 'not-article',
    message: 'No article.',
    why: 'form',
  });
  expect(toExtractResult({ ok: false, reason: 'not-article', message: 'No article.', why: '<img onerror>' })).toEqual({
    ok: false,
    reason: 'not-article',
    message: 'No article.',
  });
  expect(toExtractResult({ ok: false, reason: 'too-large', message: 'Too large.', why: 'form' })).toEqual({
    ok: false,
    reason: 'too-large',
    message: 'Too large.',
  });
});

const card = { url: 'https://example.in/story', source: 'page', createdAt: 1, engineMs: 2.5 };
const summary = { title: 't', language: 'hi', overview: [], sections: [], entities: [], sentences: [] };
test.each([
  [{ ok: false, reason: 'failed', message: 'x' }, true],
  [{ ok: false, reason: 'unsupported-language', message: 'x', url: 'https://example.in/ru', language: 'ru' }, true],
  [{ ok: true, summary, ...card }, true],
  [{ ok: true, summary: { ...summary, language: 'fr' }, ...card }, false],
  [{ ok: true, summary: { ...summary, sections: 'none' }, ...card }, false],
  [{ ok: true, summary: null, ...card }, false],
  [{ ok: true, summary }, false],
  [{ ok: true, summary, ...card, source: 'clipboard' }, false],
  [{ ok: false, reason: 'failed' }, false],
  [{ ok: false, reason: 'hacked', message: 'x' }, false],
  [{ ok: 'yes' }, false],
  [null, false],
])('isSummaryState(%j) → %s: a malformed cached card is never shown', (value, ok) => {
  expect(isSummaryState(value)).toBe(ok);
});

test('a cached card needs its page, engine key and a valid state', () => {
  const state = { ok: false, reason: 'failed', message: 'x' };
  expect(parseCacheEntry({ url: 'u', engineKey: '{}', state })).toEqual({ url: 'u', engineKey: '{}', state });
  expect(parseCacheEntry({ url: 'u', engineKey: '{}', state: { ok: true } })).toBeNull();
  expect(parseCacheEntry({ url: 'u', state })).toBeNull();
  expect(parseCacheEntry(null)).toBeNull();
});

test.each([
  [{ tabId: 3, stage: 'reading', at: 5 }, true],
  [{ tabId: 3, stage: 'sleeping', at: 5 }, false],
  [{ tabId: -3, stage: 'done', at: 5 }, false],
  [{ tabId: 3, stage: 'done' }, false],
  ['reading', false],
])('parseProgress(%j) → %s', (value, ok) => {
  expect(parseProgress(value) !== null).toBe(ok);
});

test.each([
  [{ ok: true, method: 'mark' }, true],
  [{ ok: false, reason: 'not-found', message: 'gone' }, true],
  [{ ok: true, method: 'innerHTML' }, false],
  [{ ok: false, reason: 'not-found' }, false],
  [{ ok: 1 }, false],
])('parseShowInPageResult(%j) → %s: what the page script answers is untrusted', (value, ok) => {
  expect(parseShowInPageResult(value) !== null).toBe(ok);
});
