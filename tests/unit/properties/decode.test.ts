/**
 * Properties of the CLI's decoding (scripts/lib/decode.ts) on random text and bytes (fast-check,
 * fixed seeds): text saved with a byte-order mark, or as UTF-16 without one, reads back exactly,
 * and any bytes at all give text or a DecodeError, never another exception.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DecodeError, decodeBytes } from '../../../scripts/lib/decode';

/** Text as files hold it: any characters but the controls a text file has no use for. */
const textual = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !/[\0-\x08\x0b\x0e-\x1f]/.test(s));
/** Hindi and English with spaces between words: UTF-16 with one ASCII character or none is too little to tell (fast-check found "““भारत ”", read as binary). */
const mixed = fc
  .array(fc.constantFrom('भारत', 'और', 'रूस', 'India', 'talks.', '।', '“', '”', '\n', '2024', 'क्षेत्र'), { minLength: 4, maxLength: 60 })
  .map((p) => p.join(' '));
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('decodeBytes', () => {
  test('a byte-order mark is read and dropped: UTF-8, UTF-16LE, UTF-16BE', () => {
    fc.assert(
      fc.property(textual, fc.boolean(), (s, html) => {
        expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'x', html)).toBe(s);
        expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), 'x', html)).toBe(s);
        expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]), 'x', html)).toBe(s);
      }),
      { seed: 5501, numRuns: 500 },
    );
  });

  test('Hindi and English text in UTF-16 without a BOM is told by its NULs', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(decodeBytes(Buffer.from(s, 'utf16le'), 'x', false)).toBe(s);
        expect(decodeBytes(utf16be(s), 'x', false)).toBe(s);
        expect(decodeBytes(Buffer.from(s), 'x', false)).toBe(s);
      }),
      { seed: 5502, numRuns: 300 },
    );
  });

  test('any bytes, after any declared charset, give text or a DecodeError', () => {
    const label = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('utf-16', 'UTF-16BE', 'x-user-defined', 'shift_jis', 'iso-2022-jp', 'replacement', 'koi8-r', ' latin1 '),
    );
    const declared = fc
      .tuple(label, fc.uint8Array({ maxLength: 400 }))
      .map(([l, rest]) => Buffer.concat([Buffer.from(`<html><head><meta charset="${l}">`, 'latin1'), rest]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), declared), fc.boolean(), (bytes, html) => {
        try {
          expect(typeof decodeBytes(bytes, 'x', html)).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
        }
      }),
      { seed: 5503, numRuns: 1000 },
    );
  });
});
