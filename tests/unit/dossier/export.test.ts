/** Exports: Markdown notes whose lines link to their sentences (text fragments), and CSV a spreadsheet reads safely. */
import { micromark } from 'micromark';
import { expect, test } from 'vitest';
import { csvField, dossierCsv } from '../../../engine/dossier/export-csv';
import { dossierMarkdown } from '../../../engine/dossier/export-md';
import { encodeTextDirective, sentenceLink } from '../../../engine/dossier/fragment';
import { groupByThread } from '../../../engine/dossier/threads';
import { allEntries } from '../../support/dossier-cards';

test.each([
  ['the characters the directive uses are escaped', 'India-Russia talks, trade & more', 'India%2DRussia%20talks%2C%20trade%20%26%20more'],
  ['Devanagari as UTF-8 bytes', 'रक्षा', '%E0%A4%B0%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A4%BE'],
  ['what would end a Markdown link', "(it's) *new*!~", '%28it%27s%29%20%2Anew%2A%21%7E'],
])('%s', (_, text, encoded) => {
  expect(encodeTextDirective(text)).toBe(encoded);
  expect(decodeURIComponent(encoded)).toBe(text);
});

test('a short sentence is linked whole, a long one by its first and last four words; an old fragment is replaced', () => {
  expect(sentenceLink('https://a.example/p?q=1#top', 'Lavrov met Jaishankar.')).toBe('https://a.example/p?q=1#:~:text=Lavrov%20met%20Jaishankar.');
  const long = 'दोनों नेताओं ने रक्षा सहयोग और सैन्य उपकरणों के संयुक्त उत्पादन की समीक्षा की।';
  const link = sentenceLink('https://b.example/x', long) as string;
  const [start, end] = link.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
  expect([start, end]).toEqual(['दोनों नेताओं ने रक्षा', 'उत्पादन की समीक्षा की।']);
  expect(sentenceLink('not a url', 'x')).toBeNull();
  expect(sentenceLink('https://a.example/', ' \u200B ')).toBeNull();
});

test('the Markdown renders each card line as a link to its own sentence', () => {
  const html = micromark(dossierMarkdown(groupByThread(allEntries()), Date.UTC(2026, 11, 2)));
  const links = [...html.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1]!.replace(/&amp;/g, '&'), text: m[2]! }));
  const lines = links.filter((l) => l.href.includes('#:~:text='));
  expect(lines.length).toBeGreaterThan(15);
  for (const { href, text } of lines) {
    const words = text
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .split(/\s+/);
    const [start, end] = href.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(words.join(' ').startsWith(start!), href).toBe(true);
    if (end) expect(words.join(' ').endsWith(end), href).toBe(true);
  }
  expect(html).toContain('<h2>India–Russia · भारत–रूस</h2>');
  expect(html).toContain('<p><strong>Defence · रक्षा</strong></p>');
});

test('page text cannot inject markup or links into the Markdown', () => {
  const [entry] = allEntries();
  const evil = {
    ...entry!,
    title: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    lines: [{ topic: 'defence' as const, index: 0, text: '](javascript:alert(1)) <script>' }],
  };
  const html = micromark(dossierMarkdown([{ entries: [evil] }], 0));
  expect(html).not.toMatch(/<img|<script|href="javascript/);
});

test.each([
  ['plain', 'plain', '"plain"'],
  ['quotes doubled', 'he said "no"', '"he said ""no"""'],
  ['a comma and a line break stay in one field', 'a,b\nc', '"a,b c"'],
  ['a formula is defused', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
  ['+ - @ too', '-2+3', '"\'-2+3"'],
  ['a number', 7, '"7"'],
] as const)('CSV field: %s', (_, value, field) => {
  expect(csvField(value)).toBe(field);
});

test('CSV: one row per card line, RFC 4180 rows, a BOM for spreadsheets', () => {
  const entries = allEntries();
  const csv = dossierCsv(entries);
  expect(csv.startsWith('\uFEFF"date","source"')).toBe(true);
  const rows = csv.slice(1).split('\r\n').filter(Boolean);
  expect(rows.length).toBe(1 + entries.reduce((n, e) => n + e.lines.length, 0));
  // Every row has the header's 11 fields (no field holds a bare quote, comma or break).
  for (const row of rows) expect(row.match(/"(?:[^"]|"")*"/g)?.length).toBe(11);
});
