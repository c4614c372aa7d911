/**
 * Turns sanitized article HTML (Readability's `content`) into the engine's ordered blocks.
 * Works on any DOM handed to it (the page's, jsdom's, happy-dom's): it only reads nodes.
 */
import type { Block } from '../types';
import { isBoilerplateText, isBoxHeading, isFurniture } from './boilerplate';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements whose text is never article prose. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO',
  'AUDIO', 'CANVAS', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM', 'NAV', 'ASIDE',
  'FOOTER', 'PICTURE', 'IMG', 'SOURCE', 'CAPTION',
]);
/** Elements that end the current paragraph and start a new block context. */
const BLOCK_LEVEL = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'UL', 'OL', 'DL', 'DT', 'DD', 'LI',
  'BLOCKQUOTE', 'FIGURE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'PRE', 'HR',
  'ADDRESS', 'CENTER', 'DETAILS', 'SUMMARY', ...HEADINGS,
]);

/** Most characters one block may hold; longer runs are cut (the cap is per block, not per page). */
export const MAX_BLOCK_CHARS = 20_000;

/** A DOM node as this module reads it: the shape every DOM implementation shares. */
type DomNode = Pick<Node, 'nodeType' | 'nodeName' | 'textContent' | 'childNodes'>;
type DomElement = DomNode & Pick<Element, 'getAttribute'>;

/** Short items after a related-links heading: link lists, never prose. */
const BOX_ITEM_MAX_WORDS = 25;

/** Walks a sanitized container and returns its headings, paragraphs, list items and quotes in order. */
export function blocksFromDom(root: DomNode): Block[] {
  const blocks: Block[] = [];
  const walker = new BlockWalker(blocks);
  walker.walk(root, 'paragraph');
  walker.flush();
  return dropLinkBoxes(blocks, walker.linkRatios);
}

/**
 * Furniture is small: an element with more text than this is a wrapper of the article itself, whatever
 * its class says ("gigya-share-btns" on a page's main column), and is walked into instead.
 */
const MAX_FURNITURE_CHARS = 1_500;

// Hidden elements and furniture by class/id (captions, share bars, promos, related boxes).
function isSkippable(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const names = ['class', 'id', 'aria-labelledby', 'data-component'].map((a) => el.getAttribute(a) ?? '');
  // The size check reads the whole subtree's text, so only furniture-named elements pay for it.
  return isFurniture(names.join(' ')) && (el.textContent?.length ?? 0) <= MAX_FURNITURE_CHARS;
}

/** A block that is all link text: an item of a related-links list, not prose. */
const ALL_LINK = 0.9;
const LONE_LINK_MAX_WORDS = 15;

// Drops a related-links heading and the short items under it, runs of list items that are all
// link text, short paragraphs that are a lone link, and boilerplate lines.
function dropLinkBoxes(blocks: Block[], linkRatios: number[]): Block[] {
  const out: Block[] = [];
  let inBox = false;
  const allLink = (i: number): boolean => (linkRatios[i] ?? 0) >= ALL_LINK;
  blocks.forEach((b, i) => {
    const words = b.text.split(/\s+/).length;
    if (b.kind === 'heading') {
      inBox = isBoxHeading(b.text);
      if (!inBox) out.push(b);
      return;
    }
    if (inBox && words <= BOX_ITEM_MAX_WORDS && b.kind !== 'quote') return;
    inBox = false;
    if (allLink(i) && b.kind === 'listItem' && (allLink(i - 1) || allLink(i + 1))) return;
    if (allLink(i) && b.kind === 'paragraph' && words <= LONE_LINK_MAX_WORDS) return;
    if (!isBoilerplateText(b.text)) out.push(b);
  });
  return out;
}

class BlockWalker {
  private buffer = '';
  private linkChars = 0;
  private linkDepth = 0;
  private kind: Block['kind'] = 'paragraph';
  /** For each block pushed, the share of its characters inside links. */
  readonly linkRatios: number[] = [];
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
      const kind: Block['kind'] =
        tag === 'LI' || tag === 'DT' || tag === 'DD' ? 'listItem'
        : tag === 'BLOCKQUOTE' ? 'quote'
        : inherited; // a <p> inside a list item or quote stays one
      this.walk(child, kind);
      this.flush();
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
    this.linkRatios.push(linkRatio);
  }
}

// Collapses runs of spaces and tabs but keeps single line breaks (they end sentences).
function collapse(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\r ]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}
