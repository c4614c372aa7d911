/**
 * How each stage's time grows with its input: every stage is run on inputs that double in size
 * (ordinary article text and hostile shapes), and the growth exponent is the slope of log(time)
 * on log(size) (1 = linear, 2 = quadratic). Medians of a few runs per size, all in one process.
 *
 *   npm run bench:growth            a table
 *   npm run bench:growth -- --json  [{ "stage", "sizes", "medianMs", "exponent" }, …]
 *
 * Inputs are made here from the bundled samples (our own text) and fixed patterns.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { summarize } from '../engine/pipeline';
import { toMarkdown } from '../engine/render/markdown';
import { toPlainText } from '../engine/render/plain';
import { toTerminal } from '../engine/render/terminal';
import { splitSentences } from '../engine/text/segment';
import { clearStemCache } from '../engine/text/stem';
import { clearWordCache, tokenize } from '../engine/text/tokenize';
import type { Article } from '../engine/types';
import { highlightInPage } from '../utils/highlight-in-page';
import { extractFromHtml } from './lib/html';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

/** The bundled samples' paragraphs (our own text), Hindi and English. */
function sampleParagraphs(): string[] {
  const out: string[] = [];
  for (const file of ['samples/hi-moscow-meeting.html', 'samples/en-delhi-tokyo-talks.html']) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = (m[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text.length > 80) out.push(text);
    }
  }
  return out;
}

const PARAS = sampleParagraphs();
const HINDI = PARAS.filter((p) => /[\u0900-\u097F]/.test(p));

/** `chars` characters of article text: the samples' Hindi paragraphs, repeated. */
function hindiText(chars: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = HINDI[i % HINDI.length] as string;
    out.push(p);
    n += p.length + 1;
  }
  return out;
}

const article = (paragraphs: string[]): Article => ({ title: 'बैठक', blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) });

function engine(a: Article): void {
  clearWordCache();
  clearStemCache();
  summarize(a);
}

interface Stage {
  name: string;
  /** Prepares the input of about `size` units (outside the timing), returns the timed work. */
  make(size: number): () => void;
  sizes: number[];
  unit: string;
}

const CHARS = quick ? [25_000, 50_000, 100_000] : [50_000, 100_000, 200_000, 400_000, 800_000];
const CHARS_SMALL = quick ? [12_500, 25_000, 50_000] : [25_000, 50_000, 100_000, 200_000];

const STAGES: Stage[] = [
  {
    name: 'segment (Hindi article text)',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const text = hindiText(n).join('\n');
      return () => splitSentences(text, 'hi');
    },
  },
  {
    name: 'tokenize (Hindi article text)',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const text = hindiText(n).join('\n');
      return () => tokenize(text);
    },
  },
  {
    name: 'engine: summarize (Hindi article)',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const a = article(hindiText(n));
      return () => engine(a);
    },
  },
  {
    name: 'engine: one paragraph, no terminators',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const a = article([
        hindiText(n)
          .join(' ')
          .replace(/[।.?!]/g, ','),
      ]);
      return () => engine(a);
    },
  },
  {
    name: 'engine: a run of dandas',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const a = article([`भारत ${'।'.repeat(n)}`]);
      return () => engine(a);
    },
  },
  {
    name: 'engine: one long word',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const a = article(['क'.repeat(n)]);
      return () => engine(a);
    },
  },
  {
    name: 'engine: invisible characters in every word',
    unit: 'chars',
    sizes: CHARS_SMALL,
    make: (n) => {
      const a = article(hindiText(n / 2).map((p) => [...p].join('\u200B')));
      return () => engine(a);
    },
  },
  {
    name: 'render: Markdown, text, terminal (card of the article)',
    unit: 'chars',
    sizes: CHARS_SMALL,
    make: (n) => {
      const r = summarize(article(hindiText(n)));
      if (!r.ok) throw new Error(r.message);
      return () => {
        toMarkdown(r.summary);
        toPlainText(r.summary);
        toTerminal(r.summary);
      };
    },
  },
  {
    name: 'extract: jsdom + Readability + DOMPurify (CLI path)',
    unit: 'chars',
    sizes: CHARS_SMALL,
    make: (n) => {
      const html = `<!doctype html><html lang="hi"><head><title>बैठक</title></head><body><article><h1>बैठक</h1>${hindiText(n)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
      return () => extractFromHtml(html);
    },
  },
  {
    name: 'show in page: find a sentence (happy-dom)',
    unit: 'chars',
    sizes: CHARS,
    make: (n) => {
      const window = new Window();
      const paragraphs = hindiText(n);
      window.document.body.innerHTML = paragraphs.map((p) => `<p>${p.replace(/ /g, '  <b></b>\n')}</p>`).join('');
      const g = globalThis as Record<string, unknown>;
      const target = `${paragraphs.at(-1)}`;
      return () => {
        const saved = { document: g.document, NodeFilter: g.NodeFilter };
        g.document = window.document;
        g.NodeFilter = window.NodeFilter;
        try {
          if (!highlightInPage(target).ok) throw new Error('sentence not found');
        } finally {
          g.document = saved.document;
          g.NodeFilter = saved.NodeFilter;
        }
      };
    },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

/** Least-squares slope of log(y) on log(x). */
function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 1e-3)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  return num / den;
}

const rows: { stage: string; unit: string; sizes: number[]; medianMs: number[]; exponent: number }[] = [];
for (const stage of STAGES) {
  const times: number[] = [];
  for (const size of stage.sizes) {
    const run = stage.make(size);
    run(); // warm-up: compile, fill lazy tables
    const samples: number[] = [];
    for (let i = 0; i < (quick ? 3 : 5); i++) {
      const t = performance.now();
      run();
      samples.push(performance.now() - t);
    }
    times.push(median(samples));
  }
  const row = {
    stage: stage.name,
    unit: stage.unit,
    sizes: stage.sizes,
    medianMs: times.map((t) => Math.round(t * 10) / 10),
    exponent: Math.round(slope(stage.sizes, times) * 100) / 100,
  };
  rows.push(row);
  if (!json)
    console.log(
      `${row.stage.padEnd(56)} exponent ${row.exponent.toFixed(2)}   ${row.sizes.map((s, i) => `${(s / 1000).toFixed(0)}k:${row.medianMs[i]}ms`).join('  ')}`,
    );
}
if (json) console.log(JSON.stringify(rows, null, 2));
