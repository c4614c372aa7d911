import { afterEach, describe, expect, test } from 'vitest';
import { startChatServer, type ChatServer } from '../../support/chat-server';
import { behaviorFor, fakeAnswer, fakeTranslation, romanise } from '../../support/fake-model';

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the fake chat server', () => {
  test('answers CORS preflights permissively', async () => {
    server = await startChatServer();
    const res = await fetch(`${server.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(server.requests[0]?.method).toBe('OPTIONS');
  });

  test('lists its models, one per behaviour', async () => {
    server = await startChatServer();
    const { data } = (await (await fetch(`${server.url}/models`)).json()) as { data: { id: string }[] };
    expect(data.map((m) => m.id)).toContain('fake-wrong-count');
  });

  test('refuses a body that is not JSON', async () => {
    server = await startChatServer();
    const res = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: 'hello' });
    expect(res.status).toBe(400);
  });

  test('closes at once, even with hanging and stalled requests open', async () => {
    server = await startChatServer();
    const { url } = server;
    const post = (model: string) =>
      fetch(`${url}/chat/completions`, { method: 'POST', body: JSON.stringify({ model, stream: true, messages: [] }) })
        .then((r) => r.text())
        .catch(() => 'cut');
    const pending = [post('fake-hang'), post('fake-stall')];
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await server.close();
    server = undefined;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await Promise.all(pending)).toEqual(['cut', 'cut']);
  });
});

describe('the fake model', () => {
  test.each([
    ['fake-401', 'ok', '401'],
    ['fake-nonsense', 'hang', 'hang'],
    ['gpt-4o', '429', '429'],
    [undefined, 'ok', 'ok'],
  ] as const)('model %s with server behaviour %s → %s', (model, fallback, behavior) => {
    expect(behaviorFor(model, fallback)).toBe(behavior);
  });

  test('romanises Devanagari and keeps digits', () => {
    expect(romanise('भारत २०२४ में')).toBe('bhaarata 2024 men');
    expect(fakeTranslation('India 2024', 'hi')).toBe('[मॉडल] इनदइअ 2024');
  });

  test("'shift' answers a batch one line early, count and numbers kept; a single line is fine", () => {
    const ask = (lines: string[]) => ({
      messages: [
        { role: 'system', content: 'from Hindi to English' },
        { role: 'user', content: lines.map((l, i) => `${i + 1}. ${l}`).join('\n') },
      ],
    });
    const [a, b, c] = ['एक', 'दो', 'तीन'].map((l) => fakeTranslation(l, 'en'));
    expect(fakeAnswer(ask(['एक', 'दो', 'तीन']), 'shift')).toBe(`1. ${b}\n2. ${c}\n3. ${c}`);
    expect(fakeAnswer(ask(['एक']), 'shift')).toBe(`1. ${a}`);
  });

  test('a generic prompt gets a pong', () => {
    expect(fakeAnswer({ messages: [{ role: 'user', content: 'Say hi' }] })).toBe('[model] pong');
  });
});
