/**
 * Page text is untrusted: what the renderers write must stay text wherever it lands. Control
 * characters (an ESC sequence can set a terminal's title, write its clipboard or forge a link) and
 * bidi overrides (which reorder what a reader sees) are dropped; Markdown gets its syntax and any
 * HTML escaped; a source link is kept only when it is http(s).
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without control characters and bidi controls (tabs and newlines kept). */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** One line of text: controls dropped, and any line break folded to a space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/[\t\n\r]+/g, ' ');
}

// Characters that can start markup inside a line (emphasis, code, links and images, table cells,
// strikethrough): escaped with a backslash. Block markers (#, -, 1.) cannot start a block here:
// every line the renderers write begins with their own marker.
const MARKDOWN_SYNTAX = /[\\`*_[\]|~]/g;

// What GFM would turn into a link by itself: a scheme's "://", "www." and an address's "@".
const AUTOLINK = /(?<=\b(?:https?|ftp))(?=:\/\/)|(?<=\bwww)(?=\.)|(?=@)/gi;

/** Text for Markdown: it renders as written, never as markup, a link, an image or HTML. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN_SYNTAX, '\\$&').replace(AUTOLINK, '\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The URL when it is http(s) and well formed (normalised), else null: never javascript: or data:. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(stripControls(url).trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
