/**
 * Checks what a page script sent back before the engine touches it: page code can tamper with
 * anything the script returns, so the shape is verified and sizes are capped. Pure.
 */
import type { Article, Block } from '../types';
import type { ExtractResult } from './article';
import { NOT_ARTICLE_WHYS, type NotArticleWhy } from './verdict';

const KINDS = new Set<Block['kind']>(['heading', 'paragraph', 'listItem', 'quote']);
/** At most this many blocks and characters reach the engine. */
export const MAX_BLOCKS = 20_000;
export const MAX_CHARS = 2_000_000;
const MAX_FIELD = 2_000;

const str = (v: unknown, max = MAX_FIELD): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

/** A valid ExtractResult built from untrusted data, or null when the shape is wrong. */
export function toExtractResult(value: unknown): ExtractResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.ok === false) {
    const reason = v.reason === 'too-large' ? 'too-large' : v.reason === 'not-article' ? 'not-article' : null;
    const message = str(v.message);
    if (!reason || !message) return null;
    // Which rule found no article: kept when it is one we know, dropped (not refused) otherwise.
    const why = reason === 'not-article' && NOT_ARTICLE_WHYS.includes(v.why as NotArticleWhy) ? (v.why as NotArticleWhy) : undefined;
    return why ? { ok: false, reason, message, why } : { ok: false, reason, message };
  }
  if (v.ok !== true || typeof v.article !== 'object' || v.article === null) return null;
  const a = v.article as Record<string, unknown>;
  if (typeof a.title !== 'string' || !Array.isArray(a.blocks)) return null;
  const blocks: Block[] = [];
  let chars = 0;
  for (const b of a.blocks.slice(0, MAX_BLOCKS)) {
    if (typeof b !== 'object' || b === null) return null;
    const { kind, text } = b as { kind?: unknown; text?: unknown };
    if (!KINDS.has(kind as Block['kind']) || typeof text !== 'string') return null;
    if (chars + text.length > MAX_CHARS) break;
    chars += text.length;
    blocks.push({ kind: kind as Block['kind'], text });
  }
  const article: Article = {
    title: a.title.slice(0, MAX_FIELD),
    byline: str(a.byline),
    siteName: str(a.siteName),
    publishedTime: str(a.publishedTime),
    url: str(a.url),
    lang: str(a.lang, 35),
    blocks,
  };
  return { ok: true, article, readerable: v.readerable === true };
}
