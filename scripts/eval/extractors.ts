/**
 * The two extractors the eval compares, in one harness: ours (extractFromHtml: Readability with
 * keepClasses, DOMPurify, our block walker and boilerplate cleanup) and plain Readability.js
 * (`new Readability(doc).parse().textContent`, as the benchmark's readability_js extractor runs it).
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractFromHtml, parseHtml } from '../lib/html';

/** The systems under test. */
export type SystemId = 'ours' | 'readability';

/** All systems, ours first. */
export const SYSTEMS: readonly SystemId[] = ['ours', 'readability'];

/** One system's output on one page. */
export interface Extraction {
  /** False when the system found no article (ours: "not article"/"too large"; plain: parse() gave null). */
  ok: boolean;
  /** Body text; empty when !ok. Ours: blocks' text joined with "\n". */
  text: string;
  title: string;
  ms: number;
}

/** Our extraction; a page with no article is an empty prediction. */
export function extractOurs(html: string, url?: string): Extraction {
  const t0 = performance.now();
  const r = extractFromHtml(html, url);
  const ms = performance.now() - t0;
  if (!r.ok) return { ok: false, text: '', title: '', ms };
  return { ok: true, text: r.article.blocks.map((b) => b.text).join('\n'), title: r.article.title, ms };
}

/** Plain Readability.js on a jsdom document of the same page. */
export function extractPlain(html: string, url?: string): Extraction {
  const t0 = performance.now();
  const dom = parseHtml(html, url);
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  const ms = performance.now() - t0;
  if (!parsed) return { ok: false, text: '', title: '', ms };
  return { ok: true, text: parsed.textContent ?? '', title: parsed.title ?? '', ms };
}

/** Runs one system on a page. */
export function runSystem(system: SystemId, html: string, url?: string): Extraction {
  return system === 'ours' ? extractOurs(html, url) : extractPlain(html, url);
}
