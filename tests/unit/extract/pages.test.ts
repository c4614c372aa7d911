/**
 * One describe per fixture page (tests/fixtures/pages/<slug>/{source.html, expected.json}): the page
 * goes through the real extraction (Readability + DOMPurify on jsdom) and the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';
import { summarize } from '../../../engine/pipeline';
import type { Summary } from '../../../engine/summary/types';
import type { EntityKind, TopicId } from '../../../engine/types';
import type { NotArticleWhy } from '../../../engine/extract/verdict';

interface Expected {
  description: string;
  noArticle?: boolean;
  /** For a page that is not an article: the rule that must say so. */
  notArticleWhy?: NotArticleWhy;
  title?: string;
  language: 'hi' | 'en';
  byline?: string;
  siteName?: string;
  sections?: TopicId[];
  absentSections?: TopicId[];
  mustContain?: string[];
  mustNotContain?: string[];
  sentences?: string[];
  entities?: { kind: EntityKind; en: string; hi?: string }[];
}

const ROOT = join(process.cwd(), 'tests/fixtures/pages');
const slugs = readdirSync(ROOT)
  .filter((d) => !d.startsWith('.'))
  .sort();

test('there are at least 8 fixture pages', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(8);
});

test('every page that is not an article names the rule that must say so', () => {
  for (const slug of slugs) {
    const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
    expect(Boolean(expected.notArticleWhy), slug).toBe(Boolean(expected.noArticle));
  }
});

describe.each(slugs)('%s', (slug) => {
  const html = readFileSync(join(ROOT, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
  const extracted = extractFromHtml(html);

  if (expected.noArticle) {
    test('gives a clear "no article" result', () => {
      expect(extracted.ok).toBe(false);
      if (!extracted.ok) {
        expect(extracted.reason).toBe('not-article');
        expect(extracted.why).toBe(expected.notArticleWhy);
        expect(extracted.message).toMatch(/No article/);
        expect(extracted.message).toContain('Summarise selection');
      }
    });
    return;
  }

  const result = extracted.ok ? summarize(extracted.article) : null;
  const summary = (result?.ok ? result.summary : null) as Summary;
  const texts = () => summary.sentences.map((s) => s.text);

  test('is extracted and summarised', () => {
    expect(extracted.ok ? 'ok' : extracted.message).toBe('ok');
    expect(result?.ok ? 'ok' : result?.message).toBe('ok');
  });
  test('title and language', () => {
    expect(summary.title).toBe(expected.title);
    expect(summary.language).toBe(expected.language);
    if (expected.siteName) expect(summary.siteName).toBe(expected.siteName);
    if (expected.byline) expect(summary.byline).toContain(expected.byline);
  });
  test('keeps the article body', () => {
    const all = texts().join('\n');
    for (const snippet of expected.mustContain ?? []) expect(all).toContain(snippet);
  });
  test('leaves out the boilerplate', () => {
    const all = [summary.title, ...texts()].join('\n');
    for (const snippet of expected.mustNotContain ?? []) expect(all).not.toContain(snippet);
  });
  test('keeps sentences intact', () => {
    for (const sentence of expected.sentences ?? []) expect(texts()).toContain(sentence);
  });
  test('finds the sections', () => {
    const topics = summary.sections.map((s) => s.topic);
    for (const t of expected.sections ?? []) expect(topics, `section ${t}`).toContain(t);
    for (const t of expected.absentSections ?? []) expect(topics, `no section ${t}`).not.toContain(t);
  });
  test('names the entities in both scripts', () => {
    for (const e of expected.entities ?? []) {
      const found = summary.entities.find((x) => x.kind === e.kind && x.en === e.en);
      expect(found, `${e.kind} ${e.en}`).toBeDefined();
      if (e.hi) expect(found?.hi).toBe(e.hi);
    }
  });
  test('every section line is a sentence of the article, with that topic', () => {
    for (const sec of summary.sections) {
      for (const line of sec.sentences) {
        expect(summary.sentences[line.index]?.text).toBe(line.text);
        expect(summary.sentences[line.index]?.topics).toContain(sec.topic);
      }
    }
  });
});
