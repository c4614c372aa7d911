/**
 * Links to one sentence of an article: a URL text fragment (`#:~:text=`, WICG Scroll-to-Text),
 * which a browser scrolls to and highlights. Pure.
 */

/** A sentence longer than this many words is linked by its first and last words (`textStart,textEnd`). */
export const WHOLE_SENTENCE_WORDS = 10;
/** Words at each end of a long sentence's link. */
export const EDGE_WORDS = 4;

/**
 * One text directive term, percent-encoded: everything encodeURIComponent encodes, and also the
 * characters the directive's syntax uses (`-` and `,`; `&` is encoded already) and those that would
 * end a Markdown link or a bare link in a message (`(`, `)`, `'`, `!`, `*`, `~`). Devanagari is
 * encoded as UTF-8 bytes.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/[-,!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The address of `url` scrolled to `sentence`: the whole sentence when it is short, else its first
 * and last words as `textStart,textEnd`. Any fragment the address had is replaced. Null when the
 * address does not parse or the sentence has no words.
 */
export function sentenceLink(url: string, sentence: string): string | null {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return null;
  }
  const words = sentence
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return null;
  base.hash = '';
  const directive =
    words.length <= WHOLE_SENTENCE_WORDS
      ? encodeTextDirective(words.join(' '))
      : `${encodeTextDirective(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirective(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base.href}#:~:text=${directive}`;
}
