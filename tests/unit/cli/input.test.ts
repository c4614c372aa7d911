/**
 * What the CLI reads (issue 11): standard input capped like a file, text in the encodings a browser
 * would read (byte-order marks, a page's declared charset, UTF-16 without a BOM), binary refused,
 * and a page too large for jsdom refused before jsdom parses it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { MAX_INPUT_BYTES, runCli } from '../../../scripts/lib/cli';
import { MAX_HTML_BYTES } from '../../../scripts/lib/html';
import { HINDI_TEXT } from './hindi-text';

const dir = mkdtempSync(join(tmpdir(), 'kootniti-input-'));

async function run(args: string[], stdin: AsyncIterable<Uint8Array | string> = Readable.from([])) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}
function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const titleOf = (r: { stdout: string }) => JSON.parse(r.stdout).title as string;

/** An English article, written for these tests, with a few characters outside ASCII. */
const PARAGRAPHS = [
  'The foreign ministers of India and France met in Paris on Tuesday and agreed to deepen their defence cooperation, including the joint production of engines and submarines.',
  'At the café near the Quai d’Orsay, officials said the talks also covered trade, with both sides hoping to double bilateral trade over the next five years.',
  'The ministers discussed the situation in the Indo-Pacific and agreed that freedom of navigation must be protected, according to a statement issued after the meeting.',
  'France’s minister said the partnership was “a pillar of stability”, and India’s minister invited him to visit New Delhi early next year for the strategic dialogue.',
];
const TITLE = 'India and France agree to deepen defence ties — café diplomacy';
const page = (head: string) =>
  `<!doctype html><html lang="en"><head>${head}<title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

/** Windows-1252 bytes for the few non-ASCII characters used here. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '—': 0x97, é: 0xe9 };
  return Buffer.from([...text].map((c) => extra[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
}
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('standard input is capped like a file', () => {
  test('reading stops past the cap, with a message naming the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x79); // `yes`-like: never-ending "yyyy…"
    let pulled = 0;
    async function* endless() {
      // Bounded for the test's sake at three times the cap; the CLI must stop long before.
      while (pulled < 3 * MAX_INPUT_BYTES) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const r = await run(['-'], endless());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/standard input is too large: more than 20 MB \(20,971,520 bytes\)/);
    expect(pulled).toBeLessThanOrEqual(MAX_INPUT_BYTES + chunk.length);
  });

  test('a file past the cap is refused the same way', async () => {
    const r = await run([file('big.txt', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt is too large: more than 20 MB/);
  });
});

describe('encodings, as a browser reads them', () => {
  const hindiTitle = HINDI_TEXT.split('\n')[0];
  test.each([
    ['UTF-16LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HINDI_TEXT, 'utf16le')])],
    ['UTF-16BE with a BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(HINDI_TEXT)])],
    ['UTF-16LE without a BOM', () => Buffer.from(HINDI_TEXT, 'utf16le')],
    ['UTF-16BE without a BOM', () => utf16be(HINDI_TEXT)],
    ['UTF-8 with a BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HINDI_TEXT)])],
  ])('Hindi text in %s', async (name, bytes) => {
    const r = await run([file(`${name.replace(/\W+/g, '-')}.txt`, bytes()), '--json']);
    expect(r.stderr).toBe('');
    expect(titleOf(r)).toBe(hindiTitle);
  });

  test('an English page in UTF-16LE without a BOM', async () => {
    const r = await run([file('utf16.html', Buffer.from(page('<meta charset="utf-16">'), 'utf16le')), '--json']);
    expect(r.stderr).toBe('');
    expect(titleOf(r)).toBe(TITLE);
  });

  test.each([
    ['<meta charset=iso-8859-1>'],
    ['<meta charset="windows-1252">'],
    ["<META CHARSET='Latin1' />"],
    ['<meta http-equiv=Content-Type content="text/html; charset=iso-8859-1">'],
    ['<meta content=\'text/html;charset="windows-1252"\' http-equiv="content-type">'],
  ])('a page declaring %s', async (meta) => {
    const r = await run([file('latin.html', windows1252(page(meta))), '--json']);
    expect(r.stderr).toBe('');
    expect(titleOf(r)).toBe(TITLE);
    expect(r.stdout).toContain('Quai d’Orsay');
  });

  test('a declaration in a comment, or past the first 1,024 bytes, does not count', async () => {
    const commented = await run([file('c.html', windows1252(page('<!-- <meta charset=iso-8859-1> -->')))]);
    expect(commented.stderr).toMatch(/c\.html is not valid UTF-8 text/);
    const late = await run([file('l.html', windows1252(page(`<meta name=x content="${'x'.repeat(1100)}"><meta charset=iso-8859-1>`)))]);
    expect(late.stderr).toMatch(/l\.html is not valid UTF-8 text/);
  });

  test('a UTF-8 page saying it is UTF-8 still reads', async () => {
    const r = await run([file('u.html', page('<meta charset=utf-8>')), '--json']);
    expect(titleOf(r)).toBe(TITLE);
  });

  test.each([
    ['an unknown charset', () => page('<meta charset="klingon-1">'), /declares the character encoding "klingon-1", which is not one we know/],
    ['a PNG image', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /looks binary \(a PNG image\)/],
    ['a zip archive', () => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), Buffer.alloc(200, 7)]), /looks binary \(a zip archive/],
    [
      'NUL bytes on both sides',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 20)))),
      /looks binary, not an HTML or text file/,
    ],
    ['control characters in UTF-16', () => Buffer.from('\x01\x02\x03\x04 abc \x05\x06\x07 def \x10\x11', 'utf16le'), /looks binary/],
  ])('%s is refused with a clear message', async (_name, bytes, message) => {
    const r = await run([file('x.html', bytes())]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a page too large for jsdom is refused before parsing', () => {
  test('by its size in bytes', async () => {
    const big = page('').replace('</article>', `<p>${'word '.repeat(2_100_000)}</p></article>`); // 10.5 MB
    const r = await run(['-'], Readable.from([Buffer.from(big)]));
    // Parsed, it would be refused for its characters of text, after jsdom's 7.7 s on it.
    expect(r.stderr).toMatch(/too large to read: 10,\d{3},\d{3} bytes of HTML \(the limit is 8,388,608\)/);
  });

  test('by its count of tags', async () => {
    const many = page('').replace('</article>', `${'<p>x</p>'.repeat(60_000)}</article>`); // 480 kB
    const r = await run([file('many.html', many)]);
    // Parsed, it would be refused for its 60,00x elements, counted in the DOM jsdom built.
    expect(r.stderr).toMatch(/too large to read: about 60,0\d\d elements \(the limit is 50,000\)/);
  });

  test('the size check lets real pages and a 5 MB page through', () => {
    expect(MAX_HTML_BYTES).toBeGreaterThan(5 * 1024 * 1024); // the largest real news page we measured is 1.6 MB
  });
});
