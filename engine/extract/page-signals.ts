/**
 * What the original page holds besides its text: form fields. Readability drops inputs, selects and
 * textareas (and our block walker drops forms), so a visa form's extracted text is only its
 * guidance notes and looks like prose; the page it came from is the evidence. One pass over the
 * Document it is handed, before Readability touches a clone.
 */
import { wordCount } from './prose';

/** Form fields of a page, and its words. (Labels are no signal: forms built of divs have none.) */
export interface PageSignals {
  /** Fields a person fills in: text-like inputs, checkboxes, selects, textareas; a radio group is one. */
  fields: number;
  /** Words of the page's visible text (not scripts, styles or select options). */
  words: number;
}

// Inputs that are not a question to the reader: buttons, hidden state, and the site search box.
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'search']);
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'SVG', 'MATH']);

type PageNode = Pick<Node, 'nodeType' | 'nodeName' | 'textContent' | 'lastChild' | 'previousSibling'>;
type PageElement = PageNode & Pick<Element, 'getAttribute'>;

/** Counts the form fields and words of a page in one pass over its body. */
export function pageSignals(doc: Pick<Document, 'body'>): PageSignals {
  const out: PageSignals = { fields: 0, words: 0 };
  const radioGroups = new Set<string>();
  // An explicit stack: some pages nest thousands of elements deep.
  const stack: PageNode[] = doc.body ? [doc.body] : [];
  while (stack.length > 0) {
    const node = stack.pop() as PageNode;
    if (node.nodeType === 3) {
      out.words += wordCount(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as PageElement;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    const tag = node.nodeName.toUpperCase();
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'radio') radioGroups.add(el.getAttribute('name') ?? `#${radioGroups.size}`);
      else if (!NOT_FIELDS.has(type)) out.fields++;
      continue;
    }
    if (tag === 'SELECT' || tag === 'TEXTAREA') out.fields++;
    if (NO_TEXT.has(tag)) continue;
    // Sibling links, not childNodes: jsdom builds a live list per childNodes read (six times slower).
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  out.fields += radioGroups.size;
  return out;
}
