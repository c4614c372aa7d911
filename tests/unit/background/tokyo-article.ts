/** A short extracted English article (our own words) for the background's tests. */
import type { ExtractResult } from '../../../engine/extract/article';

/** What the page script answers for a short report of India–Japan talks. */
export const TOKYO_ARTICLE: Extract<ExtractResult, { ok: true }> = {
  ok: true,
  readerable: true,
  article: {
    title: 'Talks in Tokyo',
    lang: 'en',
    blocks: [
      { kind: 'paragraph', text: 'India and Japan agreed to build naval vessels together and to hold a joint exercise next spring.' },
      { kind: 'paragraph', text: 'The two sides also set a target to double bilateral trade by the end of the decade.' },
    ],
  },
};
