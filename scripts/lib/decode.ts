/**
 * Bytes to text as a browser would: a byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), then, for
 * a page, the charset its first 1,024 bytes declare (`<meta charset>` or `http-equiv`), else UTF-8.
 * UTF-16 without a BOM is told by where its NUL bytes fall; real binary (images, archives) is refused.
 */

/** Why bytes could not be read as text: a message for the user. */
export class DecodeError extends Error {}

/** How far the page's charset declaration is looked for (the HTML standard's prescan). */
export const PRESCAN_BYTES = 1024;
/** How many leading bytes the binary and UTF-16 checks look at. */
const SNIFF_BYTES = 8192;

/** The file signatures of common binary formats, for a clearer refusal than "not UTF-8". */
const SIGNATURES: readonly [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a zip archive (or a .docx, .epub, …)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RIFF file (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
];

/**
 * Windows-1252's bytes 0x80–0x9F (the WHATWG index). Node 20's TextDecoder reads them as C1
 * controls, as Latin-1 does (its fast path), so "’" (0x92) came out as U+0092.
 */
const WINDOWS_1252_C1 = [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'];

/**
 * Decodes `bytes`, named `name` in messages. `html`: look for a declared charset (a text file has
 * none). Throws DecodeError for binary input, invalid UTF-8/UTF-16, or an unknown declared charset.
 */
export function decodeBytes(bytes: Uint8Array, name: string, html: boolean): string {
  const encoding = sniffEncoding(bytes, name, html);
  const body = bytes.subarray(encoding.bomLength);
  // UTF-8 and UTF-16 are strict (a bad sequence means the guess is wrong); legacy charsets, as declared,
  // decode as browsers do, a bad byte becoming U+FFFD.
  const strict = encoding.label === 'utf-8' || encoding.label.startsWith('utf-16');
  let text: string;
  try {
    text = new TextDecoder(encoding.label, { fatal: strict }).decode(body);
    if (encoding.label === 'windows-1252') text = text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
  } catch {
    throw new DecodeError(`${name} is not valid ${encoding.label.toUpperCase()} text${encoding.why}`);
  }
  if (hasControlCharacters(text)) throw new DecodeError(`${name} looks binary, not an HTML or text file`);
  return text;
}

interface Sniffed {
  label: string;
  bomLength: number;
  /** What the label came from, for the message: "" for the UTF-8 default. */
  why: string;
}

function sniffEncoding(bytes: Uint8Array, name: string, html: boolean): Sniffed {
  const bom = byteOrderMark(bytes);
  if (bom) return bom;
  const head = bytes.subarray(0, SNIFF_BYTES);
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => head[i] === b));
  if (kind) throw new DecodeError(`${name} looks binary (${kind[0]}), not an HTML or text file`);
  const utf16 = utf16ByNuls(head);
  if (utf16) return { label: utf16, bomLength: 0, why: ' (guessed from its NUL bytes)' };
  if (head.includes(0)) throw new DecodeError(`${name} looks binary, not an HTML or text file`);
  if (html) {
    const declared = prescanCharset(bytes.subarray(0, PRESCAN_BYTES));
    if (declared !== null) return { label: resolveLabel(declared, name), bomLength: 0, why: ` (its declared charset is "${declared}")` };
  }
  return { label: 'utf-8', bomLength: 0, why: '' };
}

function byteOrderMark(b: Uint8Array): Sniffed | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', bomLength: 3, why: ' (it starts with a UTF-8 byte-order mark)' };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', bomLength: 2, why: ' (it starts with a UTF-16LE byte-order mark)' };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', bomLength: 2, why: ' (it starts with a UTF-16BE byte-order mark)' };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (spaces, punctuation, markup) put a NUL in every other
 * byte, on one side only (the odd bytes for little-endian). Binary has NULs on both sides.
 */
function utf16ByNuls(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = head.length >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  // Hindi in UTF-16 has NULs only in its spaces and ASCII: ask for a few, and almost none on the other side.
  const enough = (n: number) => n >= Math.max(2, pairs / 50);
  if (enough(odd) && even <= odd / 100) return 'utf-16le';
  if (enough(even) && odd <= even / 100) return 'utf-16be';
  return null;
}

/** C0 controls other than tab, newlines, form feed and escape, in the text's first characters: binary. */
function hasControlCharacters(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  const controls = head.match(/[\0-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  return head.includes('\0') || controls > head.length / 100;
}

/** The encoding a charset label names (WHATWG labels, as TextDecoder knows them); unknown labels are refused. */
function resolveLabel(label: string, name: string): string {
  const trimmed = label.trim().toLowerCase();
  // The HTML standard's prescan reads x-user-defined as windows-1252 (Node's TextDecoder lacks it).
  if (trimmed === 'x-user-defined') return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(trimmed).encoding;
  } catch {
    throw new DecodeError(`${name} declares the character encoding "${label}", which is not one we know (try saving it as UTF-8)`);
  }
  // A page whose bytes let it declare a charset in ASCII is not UTF-16, whatever it says: UTF-8 (the standard's rule).
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

const META = /<meta(?=[\s/])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const CONTENT_CHARSET = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

/**
 * The charset the first bytes of a page declare, as the HTML standard's prescan finds it: the first
 * `<meta charset>`, or `<meta http-equiv="Content-Type" content="…; charset=…">`, outside comments.
 */
export function prescanCharset(head: Uint8Array): string | null {
  // latin1 keeps one character per byte, so the markup reads the same in any ASCII-compatible charset.
  const markup = Buffer.from(head)
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of markup.matchAll(META)) {
    const attrs = new Map<string, string>();
    for (const a of (tag[1] ?? '').matchAll(ATTRIBUTE)) {
      const key = (a[1] ?? '').toLowerCase();
      if (!attrs.has(key)) attrs.set(key, a[2] ?? a[3] ?? a[4] ?? '');
    }
    const charset = attrs.get('charset');
    if (charset !== undefined && charset.trim() !== '') return charset.trim();
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const m = CONTENT_CHARSET.exec(attrs.get('content') ?? '');
      const value = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
      if (value) return value;
    }
  }
  return null;
}
