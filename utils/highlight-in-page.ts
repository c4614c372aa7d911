/**
 * "Show in page", the part that runs in the page: scripting.executeScript serialises this function
 * into the tab, so it stays self-contained (no imports but types) and browser-API free, which also
 * lets the unit tests and the growth benchmark run it on a DOM of their own.
 */
import type { ShowInPageResult } from './protocol';

/**
 * Runs in the page: finds `sentence` in the visible text, highlights and scrolls to it. Linear in
 * the page's text: each text node is folded once (white space runs → one space), the pieces are
 * joined once, and only the two nodes where the sentence starts and ends are mapped back.
 */
export function highlightInPage(sentence: string): ShowInPageResult {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const WS = /\s/;
  const notFound: ShowInPageResult = { ok: false, reason: 'not-found', message: 'That sentence is no longer on the page.' };
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // For each text node: its folded text, where that starts in the page's folded text, and whether
  // its leading space was dropped (the text before it already ended in a space, or nothing came before).
  const nodes: Text[] = [];
  const pieces: string[] = [];
  const starts: number[] = [];
  const droppedLead: boolean[] = [];
  let offset = 0;
  let endsInSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let folded = (n as Text).data.replace(/\s+/g, ' ');
    const drop = endsInSpace && folded.startsWith(' ');
    if (drop) folded = folded.slice(1);
    if (folded) endsInSpace = folded.endsWith(' ');
    nodes.push(n as Text);
    pieces.push(folded);
    starts.push(offset);
    droppedLead.push(drop);
    offset += folded.length;
  }
  const flat = pieces.join('');
  const target = sentence.replace(/\s+/g, ' ').trim();
  if (!target) return notFound;
  let start = flat.indexOf(target);
  let length = target.length;
  if (start < 0 && target.length > 80) {
    // The page may split a long sentence with markup the card folded differently: anchor on its start.
    length = 80;
    start = flat.indexOf(target.slice(0, length));
  }
  if (start < 0) return notFound;

  // The text node and raw offset of a folded position (binary search, then one pass over that node).
  const locate = (pos: number): [Text, number] | null => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    // Empty pieces share a start with the next one: move to the node that holds the position.
    while (lo < pieces.length && pos >= (starts[lo] as number) + (pieces[lo] as string).length) lo++;
    const node = nodes[lo];
    if (!node) return null;
    const data = node.data;
    let want = pos - (starts[lo] as number);
    let i = 0;
    if (droppedLead[lo]) while (i < data.length && WS.test(data.charAt(i))) i++;
    while (i < data.length) {
      if (want === 0) return [node, i];
      if (WS.test(data.charAt(i))) while (i + 1 < data.length && WS.test(data.charAt(i + 1))) i++;
      i++;
      want--;
    }
    return null;
  };
  const first = locate(start);
  const last = locate(start + length - 1);
  if (!first || !last) return notFound;
  const range = document.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);

  const scrollTarget = first[0].parentElement;
  scrollTarget?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });

  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    css.highlights.set('kootniti', new HighlightCtor(range));
    if (!document.getElementById('kootniti-highlight-style')) {
      const style = document.createElement('style');
      style.id = 'kootniti-highlight-style';
      style.textContent = '::highlight(kootniti){background:#ffe082;color:#111}';
      document.head.appendChild(style);
    }
    return { ok: true, method: 'highlight-api' };
  }
  document.querySelectorAll('mark[data-kootniti]').forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
  const mark = document.createElement('mark');
  mark.setAttribute('data-kootniti', '');
  try {
    range.surroundContents(mark);
  } catch {
    // The sentence spans elements: mark the part in its first text node.
    const partial = document.createRange();
    partial.setStart(first[0], first[1]);
    partial.setEnd(first[0], first[0].data.length);
    partial.surroundContents(mark);
  }
  return { ok: true, method: 'mark' };
}
