import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TranslationError } from '../../../utils/translate/errors';
import type { FetchLike } from '../../../utils/translate/provider/chat';
import { makeBatches, translateWithProvider, translationMessages } from '../../../utils/translate/provider/translate';
import { startChatServer, type ChatServer } from '../../support/chat-server';
import { fakeTranslation } from '../../support/fake-model';
import { configFor, requestedLines, scriptedFetch, SECRET, sse } from './helpers';

const HI = ['भारत और चीन ने २०२४ में सीमा पर बातचीत की।', 'प्रधानमंत्री ने 35 देशों के नेताओं से मुलाकात की।', 'विदेश मंत्री ने कहा कि संबंध मजबूत हैं।'];
const EN = ['India and China held border talks in 2024.', 'The Prime Minister met leaders of 35 countries.', 'The foreign minister said ties are strong.'];
// Lines with no numbers, of different lengths: answered one line off, each still passes the per-line checks.
const SHIFT_HI = [
  'राजदूत ने परिचय पत्र सौंपा।',
  'दोनों पक्षों ने जलवायु परिवर्तन, नवीकरणीय ऊर्जा और आपदा प्रबंधन में सहयोग बढ़ाने पर सहमति जताई।',
  'बैठक सौहार्दपूर्ण रही।',
  'मंत्रालय ने बताया कि वीज़ा नियमों को सरल बनाने और छात्रों की आवाजाही आसान करने पर भी बात हुई।',
];
const HI_EN = { from: 'hi', to: 'en' } as const;
const EN_HI = { from: 'en', to: 'hi' } as const;

let server: ChatServer;
beforeAll(async () => {
  server = await startChatServer();
});
afterAll(() => server.close());

/** Runs a translation; returns the result and every onLine call in order. */
async function run(options: Partial<Parameters<typeof translateWithProvider>[0]> & { lines: readonly string[] }) {
  const calls: [number, string][] = [];
  const result = await translateWithProvider({
    config: configFor(server.url),
    pair: HI_EN,
    onLine: (i, text) => calls.push([i, text]),
    ...options,
  });
  return { result, calls };
}

function chatRequests(model: string) {
  return server.chatBodies().filter((b) => b.model === model);
}

describe('against the fake server', () => {
  test('hi→en: one streamed request, every line delivered in order', async () => {
    const { result, calls } = await run({ lines: HI, config: configFor(server.url, 'fake-ok') });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(calls).toEqual(HI.map((l, i) => [i, fakeTranslation(l, 'en')]));
    expect(calls[0]?.[1]).toContain('2024');
    const [body, ...more] = chatRequests('fake-ok');
    expect(more).toHaveLength(0);
    expect(body?.stream).toBe(true);
    expect(body?.temperature).toBe(0);
  });

  test('en→hi: Devanagari output passes the checks', async () => {
    const { result, calls } = await run({ lines: EN, pair: EN_HI, config: configFor(server.url, 'fake-ok') });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(calls.map(([, t]) => t)).toEqual(EN.map((l) => fakeTranslation(l, 'hi')));
  });

  test('a batch missing its last line: nothing of it is trusted, every line is asked for alone', async () => {
    const { result, calls } = await run({ lines: HI, config: configFor(server.url, 'fake-wrong-count') });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(calls.map(([i]) => i)).toEqual([0, 1, 2]);
    const bodies = chatRequests('fake-wrong-count');
    expect(bodies).toHaveLength(4);
    expect(bodies.slice(1).every((b) => b.stream === false)).toBe(true);
    expect(bodies.slice(1).map((b) => requestedLines(b.messages?.at(-1)?.content ?? ''))).toEqual(HI.map((l) => [l]));
  });

  test('a model answering one line early: no line is shown under the wrong sentence; each is asked for alone', async () => {
    // Count and numbering kept, and each answer a fine translation (of the next line): only the
    // alignment check (align.ts) can tell.
    const { result, calls } = await run({ lines: SHIFT_HI, config: configFor(server.url, 'fake-shift') });
    expect(result).toEqual({ translated: SHIFT_HI.length, failed: [] });
    expect(new Map(calls)).toEqual(new Map(SHIFT_HI.map((l, i) => [i, fakeTranslation(l, 'en')])));
    const [batch, ...alone] = chatRequests('fake-shift');
    expect(requestedLines(batch?.messages?.at(-1)?.content ?? '')).toEqual(SHIFT_HI);
    expect(alone.every((b) => b.stream === false)).toBe(true);
    expect(alone.map((b) => requestedLines(b.messages?.at(-1)?.content ?? ''))).toEqual(SHIFT_HI.map((l) => [l]));
  });

  test('echoed lines fail the checks, are retried one by one, and are left untranslated', async () => {
    const { result, calls } = await run({ lines: HI, config: configFor(server.url, 'fake-echo') });
    expect(result).toEqual({ translated: 0, failed: [0, 1, 2] });
    expect(calls).toEqual([]);
    expect(chatRequests('fake-echo')).toHaveLength(4);
  });

  test('a server whose answers never parse: one retry alone, then bad-response', async () => {
    const e = await run({ lines: HI, config: configFor(server.url, 'fake-bad-json') }).catch((x: unknown) => x);
    expect((e as TranslationError).code).toBe('bad-response');
    expect(chatRequests('fake-bad-json')).toHaveLength(2);
  });

  test('a refused key ends the job with unauthorized, the key unsaid', async () => {
    const e = await run({ lines: HI, config: configFor(server.url, 'fake-401') }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TranslationError);
    expect((e as TranslationError).code).toBe('unauthorized');
    expect((e as TranslationError).message).not.toContain(SECRET);
  });

  test.each([
    ['fake-429', 'rate-limited'],
    ['fake-hang', 'timeout'],
  ])('%s ends the job with %s', async (model, code) => {
    const e = await run({ lines: HI, config: configFor(server.url, model), timeoutMs: 200 }).catch((x: unknown) => x);
    expect((e as TranslationError).code).toBe(code);
  });

  test('aborting ends the job with aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const e = await run({ lines: HI, config: configFor(server.url, 'fake-hang'), signal: controller.signal }).catch((x: unknown) => x);
    expect((e as TranslationError).code).toBe('aborted');
  });

  test('long inputs go in several batches', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => `Line number ${i + 1} of the article.`);
    const { result, calls } = await run({ lines, pair: EN_HI, config: configFor(server.url, 'fake-batches') });
    expect(result).toEqual({ translated: 45, failed: [] });
    expect(calls.map(([i]) => i)).toEqual(lines.map((_, i) => i));
    expect(chatRequests('fake-batches').map((b) => requestedLines(b.messages?.at(-1)?.content ?? '').length)).toEqual([8, 8, 8, 8, 8, 5]);
  });
});

describe('with a scripted model', () => {
  const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');

  test('a batch is delivered when its answer ends with one line per input, not line by line', async () => {
    let push: (text: string) => void = () => {};
    let close: () => void = () => {};
    const fetch: FetchLike = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            push = (text) => c.enqueue(new TextEncoder().encode(text));
            close = () => c.close();
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    const calls: number[] = [];
    const done = translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    const settle = () => new Promise((r) => setTimeout(r, 20));
    await settle();
    push(sse([`1. ${EN[0]}\n2. ${EN[1]?.slice(0, 10)}`]).replace('data: [DONE]\n\n', ''));
    await settle();
    // Held until the answer is complete: a later merged or split line would shift the ones before.
    expect(calls).toEqual([]);
    push(sse([`${EN[1]?.slice(10)}\n3. ${EN[2]}`]).replace('data: [DONE]\n\n', ''));
    await settle();
    expect(calls).toEqual([]);
    push('data: [DONE]\n\n');
    close();
    expect(await done).toEqual({ translated: 3, failed: [] });
    expect(calls).toEqual([0, 1, 2]);
  });

  test('numbers are compared across Devanagari and ASCII digits', async () => {
    const fetch = scriptedFetch([() => numbered(EN)]);
    const calls: [number, string][] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i, t) => calls.push([i, t]), fetch });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(calls[0]).toEqual([0, EN[0]]);
  });

  test('a line with a wrong number is retried alone; if still wrong, it stays untranslated', async () => {
    const wrong = EN.map((l) => l.replace('2024', '2023'));
    const fetch = scriptedFetch([() => numbered(wrong), () => `1. ${wrong[0]}`]);
    const calls: number[] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    expect(result).toEqual({ translated: 2, failed: [0] });
    expect(calls).toEqual([1, 2]);
    expect(fetch.bodies).toHaveLength(2);
  });

  test('a line fixed on its retry is delivered after the others', async () => {
    const wrong = EN.map((l) => l.replace('35', '53'));
    const fetch = scriptedFetch([() => numbered(wrong), () => EN[1] ?? '']);
    const calls: number[] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(calls).toEqual([0, 2, 1]);
  });

  test.each([
    ['numbers out of order', `1. ${EN[0]}\n3. ${EN[2]}\n2. ${EN[1]}`, [], 1 + 3],
    ['an extra line', `1. ${EN[0]}\n2. ${EN[1]}\n3. ${EN[2]}\n4. Also this.`, [], 1 + 3],
    ['text between lines', `1. ${EN[0]}\n2. ${EN[1]}\ncontinued\n3. ${EN[2]}`, [], 1 + 3],
    ['a repeated number', `1. ${EN[0]}\n1. ${EN[1]}\n2. ${EN[2]}`, [], 1 + 3],
  ])('a broken format (%s): nothing of the batch is trusted; every line is asked for alone', async (_, answer, streamed, requests) => {
    const fetch = scriptedFetch([() => answer, (user) => fakeAnswerFor(user)]);
    const calls: number[] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    expect(calls.slice(0, streamed.length)).toEqual(streamed);
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(fetch.bodies).toHaveLength(requests);
  });

  test('a model that merges two lines: no translation lands under the wrong line', async () => {
    // Three inputs, two numbered answers (2 holds lines 2 and 3): counting alone looks fine.
    const fetch = scriptedFetch([() => `1. ${EN[0]}\n2. ${EN[1]} ${EN[2]}`, (user) => fakeAnswerFor(user)]);
    const calls: [number, string][] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i, t) => calls.push([i, t]), fetch });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(new Map(calls)).toEqual(new Map(EN.map((t, i) => [i, t])));
  });

  /** A correct single-line answer, found by looking the input up. */
  function fakeAnswerFor(user: string): string {
    const [line] = requestedLines(user);
    return `1. ${EN[HI.indexOf(line ?? '')] ?? ''}`;
  }

  test('once the server has answered, an unreadable answer to a retry only fails that line', async () => {
    const wrong = EN.map((l) => l.replace('2024', '2023').replace('35', '53'));
    let call = 0;
    const readable = scriptedFetch([() => wrong.map((l, i) => `${i + 1}. ${l}`).join('\n'), () => `1. ${EN[0]}`]);
    const fetch: FetchLike = (url, init) =>
      ++call === 3 ? Promise.resolve(new Response('{"choices": [', { headers: { 'content-type': 'application/json' } })) : readable(url, init);
    const calls: number[] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    expect(result).toEqual({ translated: 2, failed: [1] });
    expect(calls).toEqual([2, 0]);
  });

  test('a preamble, a think block and code fences are tolerated', async () => {
    const fetch = scriptedFetch([() => `<think>\n1. draft\n2. draft\n</think>\nHere are the translations:\n\`\`\`\n${numbered(EN)}\n\`\`\`\n`]);
    const calls: number[] = [];
    const result = await translateWithProvider({ config: configFor(), lines: HI, pair: HI_EN, onLine: (i) => calls.push(i), fetch });
    expect(result).toEqual({ translated: 3, failed: [] });
    expect(fetch.bodies).toHaveLength(1);
  });

  test('a single-line retry with several lines of answer is refused', async () => {
    const fetch = scriptedFetch([() => 'Sure!\n1. One.\n2. Two.']);
    const result = await translateWithProvider({ config: configFor(), lines: [HI[2] ?? ''], pair: HI_EN, onLine: () => {}, fetch });
    expect(result).toEqual({ translated: 0, failed: [0] });
  });

  test('blank lines are skipped, lines without letters pass through, line breaks are folded', async () => {
    const fetch = scriptedFetch([() => `1. ${EN[2]}`]);
    const calls: [number, string][] = [];
    const result = await translateWithProvider({
      config: configFor(),
      lines: ['  ', '१५/०८/२०२४', HI[2]?.replace(' ', '\n') ?? ''],
      pair: HI_EN,
      onLine: (i, t) => calls.push([i, t]),
      fetch,
    });
    expect(result).toEqual({ translated: 2, failed: [] });
    expect(calls).toEqual([
      [1, '15/08/2024'],
      [2, EN[2]],
    ]);
    expect(requestedLines(fetch.bodies[0]?.messages.at(-1)?.content ?? '')).toEqual([HI[2]]);
  });

  test('the same language both ways is unsupported', async () => {
    await expect(translateWithProvider({ config: configFor(), lines: HI, pair: { from: 'hi', to: 'hi' }, onLine: () => {} })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('prompt and batches', () => {
  test('the prompt names the direction and numbers the lines on one line each', () => {
    const [system, user] = translationMessages(['a\nb', 'c'], EN_HI);
    expect(system?.content).toContain('from English to Hindi');
    expect(system?.content).toMatch(/every number/);
    expect(user?.content).toBe('Translate these 2 lines from English to Hindi:\n1. a b\n2. c');
  });

  test.each([
    [[5, 5, 5, 5, 5], 2, 100, [[0, 1], [2, 3], [4]]],
    [
      [40, 40, 40, 40],
      10,
      100,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [[500, 10], 10, 100, [[0], [1]]],
  ])('makeBatches(%j, %i lines, %i chars)', (sizes, maxLines, maxChars, batches) => {
    const texts = sizes.map((n) => 'x'.repeat(n));
    expect(
      makeBatches(
        texts.map((_, i) => i),
        texts,
        maxLines,
        maxChars,
      ),
    ).toEqual(batches);
  });
});
