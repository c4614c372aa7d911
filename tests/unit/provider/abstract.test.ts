import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SentenceRef } from '../../../engine/summary/types';
import { abstractiveSummary, extractJson, parseAbstractiveAnswer, promptSentences } from '../../../utils/translate/provider/abstract';
import { startChatServer, type ChatServer } from '../../support/chat-server';
import { configFor, scriptedFetch, SECRET } from './helpers';

const SENTENCES: SentenceRef[] = [
  { index: 3, text: 'भारत और जापान ने 2024 में रक्षा समझौते पर हस्ताक्षर किए।' },
  { index: 7, text: 'दोनों देशों ने 5 अरब डॉलर के निवेश की घोषणा की।' },
  { index: 12, text: 'प्रधानमंत्री ने कहा कि साझेदारी मजबूत है।' },
];

const point = (en: string, hi: string, cites: unknown) => ({ en, hi, cites });
const GOOD = point('India and Japan signed a defence pact in 2024.', 'भारत और जापान ने 2024 में रक्षा समझौता किया।', [3]);

let server: ChatServer;
beforeAll(async () => {
  server = await startChatServer();
});
afterAll(() => server.close());

describe('against the fake server', () => {
  test('three points citing the sentences it was given', async () => {
    const { points } = await abstractiveSummary({ config: configFor(server.url, 'fake-abstract'), sentences: SENTENCES, articleLang: 'hi' });
    expect(points.map((p) => p.cites)).toEqual([[3], [7], [3, 7]]);
    expect(points[0]?.en).toContain('[model]');
    expect(points[0]?.hi).toContain('[मॉडल]');
    const [body] = server.chatBodies().filter((b) => b.model === 'fake-abstract');
    expect(body?.stream).toBe(false);
    expect(body?.messages?.[0]?.content).toContain('"points"');
    expect(body?.messages?.[1]?.content).toBe(`The article is in Hindi. Sentences:\n${SENTENCES.map((s) => `[${s.index}] ${s.text}`).join('\n')}`);
  });

  test('request errors come through, without the key', async () => {
    await expect(abstractiveSummary({ config: configFor(server.url, 'fake-401'), sentences: SENTENCES, articleLang: 'hi' })).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.not.stringContaining(SECRET),
    });
  });

  test('an answer that is not JSON is a bad response', async () => {
    await expect(abstractiveSummary({ config: configFor(server.url, 'fake-echo'), sentences: SENTENCES, articleLang: 'hi' })).rejects.toMatchObject({
      code: 'bad-response',
    });
  });
});

describe('parseAbstractiveAnswer', () => {
  test.each([
    ['bare JSON', JSON.stringify({ points: [GOOD] })],
    ['a ```json fence', `\`\`\`json\n${JSON.stringify({ points: [GOOD] }, null, 2)}\n\`\`\``],
    ['prose around it', `Here is the summary:\n${JSON.stringify({ points: [GOOD] })}\nHope this helps.`],
    ['a bare array', JSON.stringify([GOOD])],
    ['a think block first', `<think>{"points": []}</think>${JSON.stringify({ points: [GOOD] })}`],
  ])('reads %s', (_, answer) => {
    expect(parseAbstractiveAnswer(answer, SENTENCES)).toEqual([{ ...GOOD, cites: [3] }]);
  });

  test.each([
    ['cites of unknown sentences only', point(GOOD.en, GOOD.hi, [4, 99])],
    ['no cites', point(GOOD.en, GOOD.hi, [])],
    ['cites not a list', point(GOOD.en, GOOD.hi, 3)],
    ['empty English', point('  ', GOOD.hi, [3])],
    ['no Hindi', { en: GOOD.en, cites: [3] }],
    ['Hindi in Latin script', point(GOOD.en, 'Bharat aur Japan ne samjhauta kiya.', [3])],
    ['English in Devanagari', point(GOOD.hi, GOOD.hi, [3])],
    ['an English point too long', point(`${GOOD.en} ${'and more '.repeat(60)}`, GOOD.hi, [3])],
    ['a number in no sentence', point('India and Japan signed a pact in 2023.', 'भारत और जापान ने 2023 में समझौता किया।', [3])],
    ['not an object', 'India and Japan signed a pact.'],
  ])('drops a point with %s', (_, bad) => {
    expect(parseAbstractiveAnswer(JSON.stringify({ points: [bad, GOOD] }), SENTENCES)).toEqual([GOOD]);
  });

  test('keeps the valid cites of a point, as numbers, sorted and once each', () => {
    const [p] = parseAbstractiveAnswer(JSON.stringify({ points: [point(GOOD.en, GOOD.hi, [12, '3', 99, '[7]', 3, 1.5])] }), SENTENCES);
    expect(p?.cites).toEqual([3, 7, 12]);
  });

  test('numbers may come from any given sentence, in either digit form', () => {
    const hi = 'दोनों देशों ने ५ अरब डॉलर के निवेश की घोषणा की।';
    expect(parseAbstractiveAnswer(JSON.stringify([point('The two announced investments of 5 billion dollars.', hi, [7])]), SENTENCES)).toHaveLength(1);
  });

  test('keeps at most five points, each once', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      point(`Point ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][i]} of the story.`, 'कहानी का एक बिंदु।', [3]),
    );
    expect(parseAbstractiveAnswer(JSON.stringify([GOOD, GOOD, ...many]), SENTENCES)).toHaveLength(5);
  });

  test.each([
    ['no JSON', 'I cannot summarise this.'],
    ['no points key', '{"summary": "x"}'],
    ['broken JSON', '{"points": [{"en": "x"'],
  ])('nothing from %s', (_, answer) => {
    expect(parseAbstractiveAnswer(answer, SENTENCES)).toEqual([]);
  });
});

describe('abstractiveSummary with a scripted model', () => {
  test('zero valid points is a bad response', async () => {
    const fetch = scriptedFetch([() => JSON.stringify({ points: [point(GOOD.en, GOOD.hi, [42])] })]);
    await expect(abstractiveSummary({ config: configFor(), sentences: SENTENCES, articleLang: 'en', fetch })).rejects.toMatchObject({ code: 'bad-response' });
  });

  test('no sentences: no request', async () => {
    const fetch = scriptedFetch([() => '']);
    await expect(abstractiveSummary({ config: configFor(), sentences: [], articleLang: 'en', fetch })).rejects.toMatchObject({ code: 'failed' });
    expect(fetch.bodies).toHaveLength(0);
  });
});

test('promptSentences skips bad entries and stops at the character budget', () => {
  const long = 'x'.repeat(4000);
  expect(
    promptSentences([
      { index: -1, text: 'bad index' },
      { index: 1.5, text: 'bad index' },
      { index: 2, text: '  ' },
      { index: 4, text: long },
      { index: 5, text: long },
    ]),
  ).toEqual([{ index: 4, text: long }]);
});

test('extractJson gives undefined when there is none', () => {
  expect(extractJson('no json here')).toBeUndefined();
});
