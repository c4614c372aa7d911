/** Plain-text articles: the first non-empty line is the title, blank lines separate paragraphs. */
import type { Article, Block } from '../types';
import { MAX_BLOCK_CHARS } from './blocks';

/** Turns plain text into an Article; `null` when there is no text at all. */
export function articleFromText(text: string): Article | null {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  if (titleAt < 0) return null;
  const title = (lines[titleAt] as string).trim();
  const blocks: Block[] = [];
  for (const para of lines
    .slice(titleAt + 1)
    .join('\n')
    .split(/\n\s*\n/)) {
    const t = para
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, ' ')
      .trim();
    if (t) blocks.push({ kind: 'paragraph', text: t.slice(0, MAX_BLOCK_CHARS) });
  }
  // A one-line input is its own body: the title is also the only sentence.
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: title });
  return { title, blocks };
}
