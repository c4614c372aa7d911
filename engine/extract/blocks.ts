/**
 * Turns sanitized article HTML (Readability's `content`) into the engine's ordered blocks.
 * Works on any DOM handed to it (the page's, jsdom's, happy-dom's): it only reads nodes.
 */
import type { Block } from '../types';
import { isAuthorBio, isAuthorBox } from './asides';
import { isBoilerplateText, isBoxHeading, isFurniture } from './boilerplate';
import { wordCount } from './prose';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements whose text is never article prose. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'FIGURE',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FORM',
  'NAV',
  'ASIDE',
  'FOOTER',
  'PICTURE',
  'IMG',
  'SOURCE',
  'CAPTION',
]);
/** Elements that end the current paragraph and start a new block context. */
const BLOCK_LEVEL = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'LI',
  'BLOCKQUOTE',
  'FIGURE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'PRE',
  'HR',
  'ADDRESS',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  ...HEADINGS,
]);

/** Most characters one block may hold; longer runs are cut (the cap is per block, not per page). */
export const MAX_BLOCK_CHARS = 20_000;

/** A DOM node as this module reads it: the shape every DOM implementation shares. */
type DomNode = Pick<Node, 'nodeType' | 'nodeName' | 'textContent' | 'childNodes'>;
type DomElement = DomNode & Pick<Element, 'getAttribute'>;

/** Short items after a related-links heading: link lists, never prose. */
const BOX_ITEM_MAX_WORDS = 25;

/** What the walker saw of one block, for the article verdict (verdict.ts). */
export interface BlockNote {
  /** Share of the block's characters inside links, 0–1. */
  linkShare: number;
  /** Text beside the article: a caption by a picture ('media') or an author box or bio ('bio'). */
  aside: 'media' | 'bio' | null;
}

/** Blocks with a note each (`notes[i]` is about `blocks[i]`). */
export interface ReadBlocks {
  blocks: Block[];
  notes: BlockNote[];
}

/** Walks a sanitized container and returns its headings, paragraphs, list items and quotes in order. */
export function blocksFromDom(root: DomNode): Block[] {
  return readBlocks(root).blocks;
}

/** Like blocksFromDom, with what the walker noted about each block, in the same single pass. */
export function readBlocks(root: DomNode): ReadBlocks {
  const blocks: Block[] = [];
  const walker = new BlockWalker(blocks);
  walker.walk(root, 'paragraph');
  walker.flush();
  return dropLinkBoxes(blocks, walker.notes);
}

/**
 * Furniture is small: an element with more text than this is a wrapper of the article itself, whatever
 * its class says ("gigya-share-btns" on a page's main column), and is walked into instead.
 */
const MAX_FURNITURE_CHARS = 1_500;

function classAndId(el: DomElement): string {
  return ['class', 'id', 'aria-labelledby', 'data-component'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

// Hidden elements and furniture by class/id (captions, share bars, promos, related boxes).
function isSkippable(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  // The size check reads the whole subtree's text, so only furniture-named elements pay for it.
  return isFurniture(classAndId(el)) && (el.textContent?.length ?? 0) <= MAX_FURNITURE_CHARS;
}

/** A caption is short: a box with a picture and more words than this is article text with a picture. */
const MEDIA_TEXT_MAX_WORDS = 60;
const PICTURES = new Set(['IMG', 'PICTURE']);

// A box of a picture and separate text blocks: a picture as a direct child (or in a link, span or
// paragraph with no text of its own), and no running text of its own. A paragraph that starts with
// an inline picture has text of its own and is article text. Text is read only where a picture is.
function holdsPicture(el: DomNode): boolean {
  const kids = Array.from(el.childNodes);
  const hasText = (c: DomNode): boolean => /\S/.test(c.textContent ?? '');
  const isPicture = (c: DomNode): boolean => c.nodeType === 1 && (PICTURES.has(c.nodeName.toUpperCase()) || (wrapsPicture(c, 2) && !hasText(c)));
  if (!kids.some(isPicture)) return false;
  // Text beside the picture must sit in block children (the caption's paragraph), not run inline.
  const runningText = (c: DomNode): boolean => {
    if (c.nodeType === 3) return hasText(c);
    if (c.nodeType !== 1) return false;
    const tag = c.nodeName.toUpperCase();
    return !BLOCK_LEVEL.has(tag) && !SKIP.has(tag) && hasText(c);
  };
  return !kids.some(runningText);
}

// A picture within a few levels of wrappers (<p><a><img></a></p>).
function wrapsPicture(el: DomNode, depth: number): boolean {
  return Array.from(el.childNodes).some((c) => c.nodeType === 1 && (PICTURES.has(c.nodeName.toUpperCase()) || (depth > 1 && wrapsPicture(c, depth - 1))));
}

// Is this block-level element an author box, or a picture with a few words beside it (a caption
// that no caption class names)? Only such elements read their subtree's text.
function asideOf(el: DomElement): BlockNote['aside'] {
  if (isAuthorBox(classAndId(el)) && (el.textContent?.length ?? 0) <= MAX_FURNITURE_CHARS) return 'bio';
  if (holdsPicture(el) && wordCount(el.textContent ?? '') <= MEDIA_TEXT_MAX_WORDS) return 'media';
  return null;
}

/** A block that is all link text: an item of a related-links list, not prose. */
const ALL_LINK = 0.9;
const LONE_LINK_MAX_WORDS = 15;

// Drops a related-links heading and the short items under it, runs of list items that are all
// link text, short paragraphs that are a lone link, and boilerplate lines.
function dropLinkBoxes(blocks: Block[], notes: BlockNote[]): ReadBlocks {
  const out: ReadBlocks = { blocks: [], notes: [] };
  const keep = (i: number): void => {
    out.blocks.push(blocks[i] as Block);
    out.notes.push(notes[i] as BlockNote);
  };
  let inBox = false;
  const allLink = (i: number): boolean => (notes[i]?.linkShare ?? 0) >= ALL_LINK;
  blocks.forEach((b, i) => {
    const words = b.text.split(/\s+/).length;
    if (b.kind === 'heading') {
      inBox = isBoxHeading(b.text);
      if (!inBox) keep(i);
      return;
    }
    if (inBox && words <= BOX_ITEM_MAX_WORDS && b.kind !== 'quote') return;
    inBox = false;
    if (allLink(i) && b.kind === 'listItem' && (allLink(i - 1) || allLink(i + 1))) return;
    if (allLink(i) && b.kind === 'paragraph' && words <= LONE_LINK_MAX_WORDS) return;
    if (!isBoilerplateText(b.text)) keep(i);
  });
  return out;
}

class BlockWalker {
  private buffer = '';
  private linkChars = 0;
  private linkDepth = 0;
  private kind: Block['kind'] = 'paragraph';
  /** The author box or caption box being walked, if any. */
  private aside: BlockNote['aside'] = null;
  /** For each block pushed, its link share and whether it is an aside. */
  readonly notes: BlockNote[] = [];
  constructor(private readonly blocks: Block[]) {}

  walk(node: DomNode, inherited: Block['kind']): void {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        this.kind = this.buffer ? this.kind : inherited;
        // Source line breaks are just white space in HTML; only <br> breaks a line.
        const text = (child.textContent ?? '').replace(/\s+/g, ' ');
        this.buffer += text;
        if (this.linkDepth > 0) this.linkChars += text.replace(/\s+/g, '').length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIP.has(tag) || isSkippable(child as unknown as DomElement)) continue;
      if (tag === 'BR') {
        this.buffer += '\n';
        continue;
      }
      if (!BLOCK_LEVEL.has(tag)) {
        this.kind = this.buffer ? this.kind : inherited;
        if (tag === 'A') this.linkDepth++;
        this.walk(child, inherited);
        if (tag === 'A') this.linkDepth--;
        continue;
      }
      this.flush();
      if (HEADINGS.has(tag)) {
        this.pushText('heading', child.textContent ?? '');
        continue;
      }
      const kind: Block['kind'] = tag === 'LI' || tag === 'DT' || tag === 'DD' ? 'listItem' : tag === 'BLOCKQUOTE' ? 'quote' : inherited; // a <p> inside a list item or quote stays one
      const outer = this.aside;
      this.aside = outer ?? asideOf(child as unknown as DomElement);
      this.walk(child, kind);
      this.flush();
      this.aside = outer;
    }
  }

  flush(): void {
    // Two or more line breaks separate paragraphs; one stays inside (the segmenter breaks there).
    const parts = this.buffer.split(/\n\s*\n/);
    const ratio = this.linkChars / Math.max(1, this.buffer.replace(/\s+/g, '').length);
    for (const part of parts) this.pushText(this.kind, part, parts.length === 1 ? ratio : 0);
    this.buffer = '';
    this.linkChars = 0;
  }

  private pushText(kind: Block['kind'], raw: string, linkRatio = 0): void {
    const text = collapse(raw);
    if (!text || !/[\p{L}\p{Nd}]/u.test(text)) return;
    this.blocks.push({ kind, text: text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text });
    const aside = this.aside ?? (kind !== 'heading' && isAuthorBio(text) ? 'bio' : null);
    this.notes.push({ linkShare: linkRatio, aside });
  }
}

// Collapses runs of spaces and tabs but keeps single line breaks (they end sentences).
function collapse(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\r ]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}
