/**
 * Checks what a page script sent back before the engine touches it: page code can tamper with
 * anything the script returns, so its shape is verified by one schema (valibot) and its sizes are
 * capped. Pure. The result's type is the engine's contract (ExtractResult, ./article.ts): the
 * compiler checks the schema's output against it.
 */
import * as v from 'valibot';
import type { Block } from '../types';
import type { ExtractResult } from './article';
import { NOT_ARTICLE_WHYS } from './verdict';

/** At most this many blocks and characters reach the engine. */
export const MAX_BLOCKS = 20_000;
export const MAX_CHARS = 2_000_000;
const MAX_FIELD = 2_000;

/** A string cut to `max` characters. */
const capped = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.slice(0, max)),
  );
/** An optional text of the page's: capped, and null when it is missing or not a string. */
const optionalText = (max = MAX_FIELD) => v.fallback(v.nullable(capped(max)), null);

const BlockSchema = v.object({ kind: v.picklist(['heading', 'paragraph', 'listItem', 'quote']), text: v.string() });

/** The first blocks, up to MAX_CHARS of text. */
function capChars(blocks: Block[]): Block[] {
  const kept: Block[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (chars + block.text.length > MAX_CHARS) break;
    chars += block.text.length;
    kept.push(block);
  }
  return kept;
}

/** The article's blocks: the first MAX_BLOCKS, each of them well formed (one that is not refuses the result), up to MAX_CHARS. */
const BlocksSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((blocks) => blocks.slice(0, MAX_BLOCKS)),
  v.array(BlockSchema),
  v.transform(capChars),
);

/** What extraction sends back: an article, or why there is none. */
export const ExtractResultSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    article: v.object({
      title: capped(MAX_FIELD),
      byline: optionalText(),
      siteName: optionalText(),
      publishedTime: optionalText(),
      url: optionalText(),
      lang: optionalText(35),
      blocks: BlocksSchema,
    }),
    readerable: v.fallback(v.boolean(), false),
  }),
  v.pipe(
    v.object({
      ok: v.literal(false),
      reason: v.picklist(['too-large', 'not-article']),
      message: v.pipe(
        v.string(),
        v.nonEmpty(),
        v.transform((s) => s.slice(0, MAX_FIELD)),
      ),
      // Which rule found no article: kept when it is one we know, dropped (not refused) otherwise.
      why: v.fallback(v.optional(v.picklist(NOT_ARTICLE_WHYS)), undefined),
    }),
    v.transform(({ why, ...failure }) => (why && failure.reason === 'not-article' ? { ...failure, why } : failure)),
  ),
]);

/** A valid ExtractResult built from untrusted data, or null when the shape is wrong. */
export function toExtractResult(value: unknown): ExtractResult | null {
  const result = v.safeParse(ExtractResultSchema, value);
  return result.success ? result.output : null;
}
