/**
 * "Show in page": scroll the article to a sentence of its card and highlight it. The function
 * below is serialised into the page by scripting.executeScript, so it must stay self-contained.
 */
import { browser } from 'wxt/browser';
import { parseShowInPageResult, type ShowInPageResult } from '@/utils/protocol';
import { restrictedReason } from '@/utils/restricted';
import { withDeadline } from '@/utils/deadline';
import { SCRIPT_TIMEOUT_MS } from './summarize-tab';

/** Runs in the page: finds `sentence` in the visible text, highlights and scrolls to it. */
export function highlightInPage(sentence: string): ShowInPageResult {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // The page's text with white space folded, and for each folded character where it came from.
  let flat = '';
  const at: [Text, number][] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const data = t.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (/\s/.test(ch)) {
        if (flat.endsWith(' ') || flat === '') continue;
        flat += ' ';
      } else {
        flat += ch;
      }
      at.push([t, i]);
    }
    nodes.push(t);
  }
  const target = fold(sentence);
  let start = flat.indexOf(target);
  let length = target.length;
  if (start < 0 && target.length > 80) {
    // The page may split a long sentence with markup the card folded differently: anchor on its start.
    length = 80;
    start = flat.indexOf(target.slice(0, length));
  }
  if (start < 0 || !target) return { ok: false, reason: 'not-found', message: 'That sentence is no longer on the page.' };
  const first = at[start];
  const last = at[start + length - 1];
  if (!first || !last) return { ok: false, reason: 'not-found', message: 'That sentence is no longer on the page.' };
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

/** Asks a tab to show a sentence. */
export async function showInPage(tabId: number, text: string): Promise<ShowInPageResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, reason: 'tab-closed', message: 'The tab was closed.' };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted };
  try {
    const [frame] = await withDeadline(browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [text] }), SCRIPT_TIMEOUT_MS);
    return parseShowInPageResult(frame?.result) ?? { ok: false, reason: 'failed', message: 'The page did not answer.' };
  } catch (e) {
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
