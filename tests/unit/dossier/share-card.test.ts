/** The share image's text layout: wrapping by measured width (Devanagari intact), and the card's layout on 1080 px. */
import { expect, test } from 'vitest';
import { makeSavedCard } from '../../../engine/dossier/record';
import { type DrawText, layoutShareCard, SHARE_WIDTH, shareContentOf, type ShareUi } from '../../../engine/dossier/share-card';
import { clampLines, clusters, type Measure, wrapText } from '../../../engine/dossier/wrap-text';
import { cardOf } from '../../support/dossier-cards';

/** A fake measure: every grapheme cluster is `size` × 0.5 px wide ("700 40px …" → 20 px). */
const measure: Measure = (text, font) => clusters(text).length * Number(/(\d+)px/.exec(font)?.[1] ?? 10) * 0.5;
const F = '400 20px sans-serif'; // 10 px a cluster

test.each([
  ['fits on one line', 'India and Russia', 200, ['India and Russia']],
  ['breaks at spaces', 'the two ministers met in Moscow', 100, ['the two', 'ministers', 'met in', 'Moscow']],
  ['collapses whitespace', '  a \n b\t\tc  ', 100, ['a b c']],
  ['a word wider than a line breaks between clusters', 'abcdefghijkl', 50, ['abcde', 'fghij', 'kl']],
  ['empty text: no lines', '   ', 100, []],
])('wrap: %s', (_, text, max, lines) => {
  expect(wrapText(text, max, F, measure)).toEqual(lines);
});

test('Devanagari wraps only between words or whole clusters: conjuncts and vowel signs stay whole', () => {
  const text = 'विदेश मंत्री एस. जयशंकर ने मॉस्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की।';
  const lines = wrapText(text, 80, F, measure);
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.join(' ')).toBe(text);
  for (const l of lines) expect(measure(l, F)).toBeLessThanOrEqual(80);
  // A long word broken mid-word: each piece starts with a base letter, never a vowel sign or virama.
  const pieces = wrapText('प्रौद्योगिकीसहयोगसंस्थान', 40, F, measure);
  expect(pieces.join('')).toBe('प्रौद्योगिकीसहयोगसंस्थान');
  for (const p of pieces) expect(p).not.toMatch(/^[\u093E-\u094D\u0902\u0903\u0901]/u);
  expect(clusters('क्षि')).toHaveLength(1);
});

test('clamp: the last line kept ends with an ellipsis and still fits', () => {
  const lines = wrapText('one two three four five six seven eight', 60, F, measure);
  const kept = clampLines(lines, 2, 60, F, measure);
  expect(kept).toHaveLength(2);
  expect(kept[1]).toMatch(/…$/);
  expect(measure(kept[1] ?? '', F)).toBeLessThanOrEqual(60);
  expect(clampLines(lines, 99, 60, F, measure)).toEqual(lines);
});

const ui = (lang: 'hi' | 'en' = 'en'): ShareUi => ({
  lang,
  date: '5 Oct 2026',
  overviewHeading: lang === 'hi' ? 'सार' : 'Overview',
  brand: 'Kootniti · कूटनीति',
  footer: 'Made with Kootniti',
  color: () => '#4e79a7',
});

test("content: the card's title, source and date, topic map, overview, and each section's best line; translations beside", () => {
  const base = cardOf('ruDefenceEn');
  const s = base.summary;
  const first = s.overview[0]!;
  const card = makeSavedCard(s, base.url, base.savedAt, {
    lines: { title: 'भारत और रूस रक्षा सहयोग बढ़ाएंगे', [String(first.index)]: 'हिंदी अनुवाद' },
    source: 'test',
  });
  const c = shareContentOf(card, ui());
  expect(c.title).toEqual({ text: { text: s.title, lang: 'en' }, other: { text: 'भारत और रूस रक्षा सहयोग बढ़ाएंगे', lang: 'hi' } });
  expect(c.meta).toBe('Test Wire · 5 Oct 2026 · English');
  expect(c.overview.map((l) => l.text.text)).toEqual(s.overview.map((l) => l.text));
  expect(c.overview[0]?.other?.text).toBe('हिंदी अनुवाद');
  expect(c.overview[1]?.other).toBeUndefined();
  const major = s.sections.filter((x) => !x.minor);
  expect(c.sections.map((x) => x.line.text.text)).toEqual(major.map((x) => x.sentences[0]?.text));
  expect(c.sections.find((x) => x.topic === 'defence')?.label).toBe('Defence · रक्षा');
  expect(shareContentOf(card, ui('hi')).sections.find((x) => x.topic === 'defence')?.label).toBe('रक्षा · Defence');
  expect(c.bar.map((b) => b.topic)).toEqual(s.sections.map((x) => x.topic));
});

test('layout: 1080 px wide, every text inside the margins, top to bottom, and the lines read back as the card', () => {
  for (const name of ['ruDefenceEn', 'ruDefenceHi'] as const) {
    const card = cardOf(name);
    const content = shareContentOf(card, ui());
    const layout = layoutShareCard(content, measure);
    expect(layout.width).toBe(SHARE_WIDTH);
    const texts = layout.items.filter((i): i is DrawText => i.kind === 'text');
    for (const t of texts) {
      expect(t.x).toBeGreaterThanOrEqual(64);
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(SHARE_WIDTH - 64);
      expect(t.y + t.lineHeight).toBeLessThanOrEqual(layout.height);
    }
    // Text lines do not overlap one another.
    const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.y !== b.y) expect(b.y).toBeGreaterThanOrEqual(a.y + a.lineHeight);
    }
    // Each card line is a run of consecutive drawn lines that joins back to it, wrapped as wrapText wraps it.
    for (const l of [...content.overview, ...content.sections.map((s) => s.line)]) {
      const want = l.text.text.replace(/\s+/g, ' ').trim();
      const start = texts.findIndex((t, i) => runFrom(texts, i, want) > 0 && want.startsWith(t.text));
      expect(start, want).toBeGreaterThanOrEqual(0);
      const run = texts.slice(start, start + runFrom(texts, start, want));
      expect(run.map((t) => t.text)).toEqual(wrapText(want, SHARE_WIDTH - 128 - (run[0]!.x - 64), run[0]!.font, measure));
    }
  }
});

/** How many drawn lines from `i` join (with spaces) to exactly `want`; 0 when none do. */
function runFrom(texts: readonly DrawText[], i: number, want: string): number {
  let joined = '';
  for (let j = i; j < texts.length; j++) {
    joined = joined ? `${joined} ${texts[j]!.text}` : texts[j]!.text;
    if (joined === want) return j - i + 1;
    if (!want.startsWith(joined)) return 0;
  }
  return 0;
}
