/**
 * Checks on a model's translation of one line, so that a wrong, lazy or misaligned answer is
 * retried or left out instead of shown: not empty, not the input echoed, in the target script, every
 * number of the input kept, and of a plausible length.
 */
import type { Lang } from '../../../engine/types';

/** Why a translated line was refused. */
export type LineProblem = 'empty' | 'unchanged' | 'script' | 'numbers' | 'length';

const DEVANAGARI_DIGITS = /[०-९]/g;
// Devanagari letters and signs, without the dandas (U+0964-5), digits (U+0966-F) and U+0970.
const DEVANAGARI_LETTER = /[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const LATIN_WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*/g;

/** Devanagari digits ०-९ turned into 0-9. */
export function asciiDigits(text: string): string {
  return text.replace(DEVANAGARI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0966));
}

/**
 * The numbers in a text, compared loosely: Devanagari digits read as ASCII, digit-group separators
 * dropped (`1,23,456`, `1,000,000` and `1 000` are all plain digits), leading zeros and trailing
 * decimal zeros ignored.
 */
export function numbersOf(text: string): Set<string> {
  const plain = asciiDigits(text).replace(/(?<=\d)[,\u066C\u2009\u202F\u00A0'’](?=\d)/g, '');
  const out = new Set<string>();
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/g)) {
    const [int = '', frac = ''] = m[0].split('.');
    const i = int.replace(/^0+(?=\d)/, '');
    const f = frac.replace(/0+$/, '');
    out.add(f ? `${i}.${f}` : i);
  }
  return out;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Letters of Latin words starting in lower case: running English text, not kept names or acronyms. */
function lowercaseLatinLetters(text: string): number {
  let n = 0;
  for (const m of text.matchAll(LATIN_WORD)) if (m[0][0] !== m[0][0]?.toUpperCase()) n += count(m[0], LATIN_LETTER);
  return n;
}

/** True when a line is in `to`'s script: Hindi mostly Devanagari (kept Latin names aside), English Latin. */
export function inTargetScript(text: string, to: Lang): boolean {
  const deva = count(text, DEVANAGARI_LETTER);
  if (to === 'hi') {
    const english = lowercaseLatinLetters(text);
    return deva > 0 && deva / (deva + english) >= 0.7;
  }
  const latin = count(text, LATIN_LETTER);
  return latin > 0 && latin / (latin + deva) >= 0.8;
}

/**
 * True for a line a translation may leave as it is: no letters at all (numbers, dates), or only
 * capitalised Latin words and acronyms (names such as `Narendra Modi`, `G20`, `BRICS`).
 */
export function isNamesOnly(text: string): boolean {
  if (count(text, DEVANAGARI_LETTER) > 0) return false;
  const words = text.match(LATIN_WORD) ?? [];
  return words.length <= 8 && words.every((w) => w[0] === w[0]?.toUpperCase());
}

function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Checks the translation of `input` into `to`; null when it passes, else the first problem. */
export function checkLine(input: string, output: string, to: Lang): LineProblem | null {
  const out = output.trim();
  if (!out) return 'empty';
  const unchanged = fold(out) === fold(input);
  if (unchanged && !isNamesOnly(input)) return 'unchanged';
  const have = numbersOf(out);
  for (const n of numbersOf(input)) if (!have.has(n)) return 'numbers';
  if (unchanged) return null;
  if (!inTargetScript(out, to) && !(isNamesOnly(input) && isNamesOnly(out))) return 'script';
  // Far longer or far shorter than the input: a merged, split or summarised line, or a ramble.
  if (out.length > 4 * input.length + 40 || (input.length >= 60 && out.length * 4 < input.length)) return 'length';
  return null;
}
