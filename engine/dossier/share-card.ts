/**
 * A saved card as an image for messaging apps, laid out: what goes on it (title, source and date,
 * the topic map, the overview and one line per section, each in the article's language and, where
 * the reader translated it, the other), and where each piece is drawn on a 1080 px wide canvas.
 * Pure: widths come from an injected measure, colours of topics from the caller.
 */
import { topicById } from '../topics/taxonomy';
import type { TopicId } from '../types';
import type { SavedCard } from './record';
import { clampLines, type Measure, wrapText } from './wrap-text';

/** Width of the image: what messaging apps show without scaling up. */
export const SHARE_WIDTH = 1080;

/** A text in one language. */
export interface ShareText {
  text: string;
  lang: 'hi' | 'en';
}

/** A card line in its article's language, and the reader's translation when there is one. */
export interface ShareLine {
  text: ShareText;
  other?: ShareText;
}

/** What the image shows. */
export interface ShareContent {
  brand: string;
  title: ShareLine;
  meta: string;
  bar: { topic: TopicId; share: number; color: string; label: string }[];
  overviewHeading: string;
  overview: ShareLine[];
  sections: { topic: TopicId; color: string; label: string; line: ShareLine }[];
  footer: string;
}

/** The words the image takes from the UI, in its language. */
export interface ShareUi {
  lang: 'hi' | 'en';
  /** The article's date as the UI writes it, or null. */
  date: string | null;
  overviewHeading: string;
  brand: string;
  footer: string;
  color: (topic: TopicId) => string;
}

/** Sections drawn at most (one line each): the image stays a size a phone shows in a few screens. */
export const MAX_SECTIONS = 8;

/** What a card's image shows. */
export function shareContentOf(card: SavedCard, ui: ShareUi): ShareContent {
  const s = card.summary;
  const otherLang = s.language === 'hi' ? 'en' : 'hi';
  const translated = card.translations?.lines ?? {};
  const line = (key: string, text: string): ShareLine => {
    const other = translated[key]?.trim();
    return { text: { text, lang: s.language }, ...(other ? { other: { text: other, lang: otherLang } } : {}) };
  };
  const both = (topic: TopicId) => {
    const l = topicById(topic)?.label;
    return l ? (ui.lang === 'hi' ? `${l.hi} · ${l.en}` : `${l.en} · ${l.hi}`) : topic;
  };
  const host = new URL(card.url).hostname;
  const major = s.sections.filter((sec) => !sec.minor && sec.sentences.length);
  return {
    brand: ui.brand,
    title: line('title', s.title),
    meta: [s.siteName?.trim() || host, ui.date, s.language === 'hi' ? 'हिन्दी' : 'English'].filter(Boolean).join(' · '),
    bar: s.sections.filter((sec) => sec.share > 0).map((sec) => ({ topic: sec.topic, share: sec.share, color: ui.color(sec.topic), label: both(sec.topic) })),
    overviewHeading: ui.overviewHeading,
    overview: s.overview.map((l) => line(String(l.index), l.text)),
    sections: major.slice(0, MAX_SECTIONS).map((sec) => {
      const first = sec.sentences[0] as { index: number; text: string };
      return { topic: sec.topic, color: ui.color(sec.topic), label: both(sec.topic), line: line(String(first.index), first.text) };
    }),
    footer: `${ui.footer} · ${host}`,
  };
}

/** A text drawn with its top at `y` (canvas textBaseline "top"), one line high. */
export interface DrawText {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
  lang: 'hi' | 'en';
  lineHeight: number;
}

/** A filled rectangle. */
export interface DrawRect {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}

/** Everything to draw, in order, on a canvas of this size. */
export interface ShareLayout {
  width: number;
  height: number;
  background: string;
  items: (DrawText | DrawRect)[];
}

/** The fonts: Devanagari-capable faces in the order a system may have them. */
const STACK = '"Noto Sans", "Noto Sans Devanagari", "Nirmala UI", Mangal, "Lohit Devanagari", "DejaVu Sans", sans-serif';
const font = (size: number, weight = 400) => `${weight} ${size}px ${STACK}`;
const INK = { background: '#ffffff', text: '#1d1d1f', muted: '#55555c', accent: '#3f3d9e', rule: '#d9d9de' };
const PAD = 64;

/** Where everything goes; `measure` gives drawn widths. */
export function layoutShareCard(content: ShareContent, measure: Measure): ShareLayout {
  const width = SHARE_WIDTH;
  const inner = width - 2 * PAD;
  const items: ShareLayout['items'] = [{ kind: 'rect', x: 0, y: 0, w: width, h: 14, color: INK.accent }];
  let y = 48;
  const text = (t: ShareText, size: number, opts: { weight?: number; color?: string; lines?: number; indent?: number; after?: number } = {}) => {
    const f = font(size, opts.weight);
    const x = PAD + (opts.indent ?? 0);
    const max = inner - (opts.indent ?? 0);
    const lineHeight = Math.round(size * 1.4);
    for (const l of clampLines(wrapText(t.text, max, f, measure), opts.lines ?? 6, max, f, measure)) {
      items.push({ kind: 'text', text: l, x, y, font: f, color: opts.color ?? INK.text, lang: t.lang, lineHeight });
      y += lineHeight;
    }
    y += opts.after ?? 0;
  };
  const withOther = (l: ShareLine, size: number, indent: number, after: number) => {
    text(l.text, size, { indent, lines: 6, after: l.other ? 6 : after });
    if (l.other) text(l.other, Math.round(size * 0.85), { indent, color: INK.muted, lines: 5, after });
  };
  const ui = (t: string): ShareText => ({ text: t, lang: /[\u0900-\u097F]/.test(t) ? 'hi' : 'en' });

  text(ui(content.brand), 26, { weight: 600, color: INK.accent, after: 18 });
  text(content.title.text, 50, { weight: 700, lines: 4, after: content.title.other ? 8 : 14 });
  if (content.title.other) text(content.title.other, 36, { color: INK.muted, lines: 3, after: 14 });
  text(ui(content.meta), 28, { color: INK.muted, lines: 2, after: 28 });

  // The topic map: a bar of each topic's share, then its legend, flowed in rows.
  const total = content.bar.reduce((n, b) => n + b.share, 0);
  if (total > 0) {
    let x = PAD;
    for (const b of content.bar) {
      const w = (b.share / total) * inner;
      items.push({ kind: 'rect', x, y, w: Math.max(w - 3, 1), h: 30, color: b.color });
      x += w;
    }
    y += 30 + 18;
    const f = font(26);
    const rowHeight = 40;
    x = PAD;
    for (const b of content.bar) {
      const label = `${b.label} ${Math.round((b.share / total) * 100)}%`;
      const w = 22 + 10 + measure(label, f) + 28;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += rowHeight;
      }
      items.push({ kind: 'rect', x, y: y + 6, w: 22, h: 22, color: b.color });
      items.push({ kind: 'text', text: label, x: x + 32, y, font: f, color: INK.text, lang: ui(label).lang, lineHeight: 36 });
      x += w;
    }
    y += rowHeight + 24;
  }

  if (content.overview.length) {
    text(ui(content.overviewHeading), 30, { weight: 700, after: 10 });
    for (const l of content.overview) withOther(l, 34, 0, 18);
    y += 8;
  }
  for (const sec of content.sections) {
    items.push({ kind: 'rect', x: PAD, y: y + 4, w: 8, h: 34, color: sec.color });
    text(ui(sec.label), 30, { weight: 700, indent: 22, lines: 2, after: 6 });
    withOther(sec.line, 32, 22, 22);
  }
  items.push({ kind: 'rect', x: PAD, y, w: inner, h: 2, color: INK.rule });
  y += 18;
  text(ui(content.footer), 24, { color: INK.muted, lines: 2 });
  return { width, height: Math.ceil(y + 40), background: INK.background, items };
}
