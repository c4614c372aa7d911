import { describe, expect, test } from 'vitest';
import { asciiDigits, checkLine, inTargetScript, isNamesOnly, numbersOf } from '../../../utils/translate/provider/checks';
import { createLineSplitter, numberLines, parseNumberedLine, stripThinking } from '../../../utils/translate/provider/numbered';

describe('numbersOf', () => {
  test.each([
    ['in 2024 and 2025', ['2024', '2025']],
    ['२०२४ में ३५ देश', ['2024', '35']],
    ['₹1,23,456 crore', ['123456']],
    ['1,000,000 people', ['1000000']],
    ['३.५० प्रतिशत', ['3.5']],
    ['GDP grew 7.0%', ['7']],
    ['a 05 b', ['5']],
    ['no numbers', []],
    ['G20 summit', ['20']],
  ])('%s → %j', (text, numbers) => {
    expect([...numbersOf(text)].sort()).toEqual([...numbers].sort());
  });

  test('Devanagari digits read as ASCII', () => {
    expect(asciiDigits('०१२३४५६७८९')).toBe('0123456789');
  });
});

describe('inTargetScript', () => {
  test.each([
    ['भारत और चीन ने सीमा पर बातचीत की।', 'hi', true],
    ['भारत ने G20 और BRICS में हिस्सा लिया।', 'hi', true],
    ['The Prime Minister met the President.', 'hi', false],
    ['[मॉडल] The Prime Minister met the President.', 'hi', false],
    ['India and China held border talks.', 'en', true],
    ['भारत और चीन', 'en', false],
    ['India और चीन ने बातचीत की', 'en', false],
    ['12345', 'en', false],
  ] as const)('%s in %s → %s', (text, to, expected) => {
    expect(inTargetScript(text, to)).toBe(expected);
  });
});

describe('isNamesOnly', () => {
  test.each([
    ['Narendra Modi', true],
    ['G20, BRICS, SCO', true],
    ['15/08/2024', true],
    ['The talks went well', false],
    ['नरेंद्र मोदी', false],
  ])('%s → %s', (text, expected) => {
    expect(isNamesOnly(text)).toBe(expected);
  });
});

describe('checkLine', () => {
  test.each([
    // input, output, to, problem
    ['भारत और चीन ने 2024 में बातचीत की।', 'India and China held talks in 2024.', 'en', null],
    ['भारत और चीन ने २०२४ में बातचीत की।', 'India and China held talks in 2024.', 'en', null],
    ['India and China held talks in 2024.', 'भारत और चीन ने २०२४ में बातचीत की।', 'hi', null],
    ['Trade reached $1,000 million.', 'व्यापार 1000 मिलियन डॉलर तक पहुँचा।', 'hi', null],
    ['व्यापार 10,00,000 रुपये का रहा।', 'Trade was worth Rs 1000000.', 'en', null],
    ['India and China held talks.', '', 'hi', 'empty'],
    ['India and China held talks.', '   ', 'hi', 'empty'],
    ['India and China held talks.', 'India and  China held talks.', 'hi', 'unchanged'],
    ['भारत और चीन ने बातचीत की।', 'भारत और चीन ने बातचीत की।', 'en', 'unchanged'],
    ['Narendra Modi', 'Narendra Modi', 'hi', null],
    ['BRICS', 'ब्रिक्स', 'hi', null],
    ['India and China held talks in 2024.', 'भारत और चीन ने 2023 में बातचीत की।', 'hi', 'numbers'],
    ['भारत ने ३५ देशों से बात की।', 'India spoke to many countries.', 'en', 'numbers'],
    ['India and China held talks.', 'India and China talked.', 'hi', 'script'],
    ['भारत और चीन ने बातचीत की।', 'भारत and China held talks.', 'en', null],
    ['भारत और चीन ने बातचीत की।', 'भारत और चीन ने talks की।', 'en', 'script'],
    ['Talks.', `${'बातचीत '.repeat(20)}`, 'hi', 'length'],
    ['India and China held long talks on the border and on trade over two days in Delhi.', 'बातचीत', 'hi', 'length'],
  ] as const)('%s → %s (%s): %s', (input, output, to, problem) => {
    expect(checkLine(input, output, to)).toBe(problem);
  });
});

describe('numbered lines', () => {
  test('numberLines numbers from 1 and folds line breaks', () => {
    expect(numberLines(['a\nb', '  c  '])).toBe('1. a b\n2. c');
  });

  test.each([
    ['1. text', { n: 1, text: 'text' }],
    ['12) text', { n: 12, text: 'text' }],
    ['३। पाठ', { n: 3, text: 'पाठ' }],
    ['**4.** bold', { n: 4, text: 'bold' }],
    ['- 5. listed', { n: 5, text: 'listed' }],
    ['6.', { n: 6, text: '' }],
    ['1.5 billion dollars', null],
    ['text', null],
  ])('parseNumberedLine(%s)', (line, parsed) => {
    expect(parseNumberedLine(line)).toEqual(parsed);
  });

  test('the splitter drops think blocks, fences and blank lines, across pieces', () => {
    const text = '<think>\n1. not this\n</think>\n```\n1. one\r\n\n2. two\n```\n3. three';
    for (const size of [1, 3, 100]) {
      const s = createLineSplitter();
      const out: string[] = [];
      for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
      out.push(...s.end());
      expect(out).toEqual(['1. one', '2. two', '3. three']);
    }
  });

  test('stripThinking removes closed and open think blocks', () => {
    expect(stripThinking('<think>hmm</think>\n{"a":1}')).toBe('{"a":1}');
    expect(stripThinking('answer <think>never closed')).toBe('answer');
  });
});
