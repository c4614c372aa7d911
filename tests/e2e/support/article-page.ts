/** Page object: a fixture article open in a tab of its own. */
import type { Page } from 'playwright-core';
import type { Session } from './browser';
import { tabIdOf } from './extension';

/** Where the page shows the extension's highlight, if anywhere. */
export interface HighlightInfo {
  method: 'highlight-api' | 'mark';
  text: string;
  /** The highlighted range's box, in viewport coordinates. */
  rect: { top: number; bottom: number; left: number; right: number };
  viewport: { width: number; height: number };
  scrollY: number;
}

let opened = 0;

/** A served fixture page and its tab id. */
export class ArticlePage {
  private constructor(
    readonly page: Page,
    readonly url: string,
    readonly tabId: number,
  ) {}

  /** Opens `/pages/<slug>` in a new tab, at a URL no other tab has (so its tab id can be found). */
  static async open(s: Session, slug: string): Promise<ArticlePage> {
    const page = await s.context.newPage();
    const url = `${s.server.pageUrl(slug)}?tab=${++opened}`;
    await page.goto(url, { waitUntil: 'load' });
    return new ArticlePage(page, url, await tabIdOf(s, url));
  }

  /**
   * Selects from the start of the first block (heading, paragraph, list item) whose text contains
   * `fromText` to the end of the first one containing `toText`; resolves with the selected text.
   */
  selectBetween(fromText: string, toText: string): Promise<string> {
    return this.page.evaluate(
      ([fromText, toText]) => {
        const blocks = [...document.querySelectorAll('h1, h2, h3, h4, p, li, blockquote')];
        const a = blocks.find((e) => e.textContent?.includes(fromText));
        const b = blocks.find((e) => e.textContent?.includes(toText));
        if (!a || !b) throw new Error(`no block contains ${a ? toText : fromText}`);
        const range = document.createRange();
        range.setStartBefore(a);
        range.setEndAfter(b);
        const selection = window.getSelection();
        if (!selection) throw new Error('no selection object');
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      },
      [fromText, toText] as const,
    );
  }

  /** The page's visible text with white space folded. */
  async text(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Where the block containing `text` is, in viewport coordinates (after scrolling to the top if asked). */
  blockRect(text: string, options: { scrollToTop?: boolean } = {}): Promise<{ top: number; bottom: number; viewportHeight: number }> {
    return this.page.evaluate(
      ([text, top]) => {
        if (top) window.scrollTo(0, 0);
        const block = [...document.querySelectorAll('h1, h2, h3, h4, p, li, blockquote')].find((e) => e.textContent?.replace(/\s+/g, ' ').includes(text));
        if (!block) throw new Error(`no block contains ${text}`);
        const r = block.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, viewportHeight: window.innerHeight };
      },
      [text, options.scrollToTop ?? false] as const,
    );
  }

  /** The extension's highlight: the `kootniti` CSS highlight, else a `<mark data-kootniti>`; null when none. */
  highlight(): Promise<HighlightInfo | null> {
    return this.page.evaluate(() => {
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
      const registry = (globalThis as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights;
      const ranges = registry?.get('kootniti');
      const first = ranges ? [...ranges][0] : undefined;
      if (first instanceof Range) {
        return { method: 'highlight-api' as const, text: first.toString(), rect: box(first.getBoundingClientRect()), viewport, scrollY: window.scrollY };
      }
      const mark = document.querySelector('mark[data-kootniti]');
      if (mark) return { method: 'mark' as const, text: mark.textContent ?? '', rect: box(mark.getBoundingClientRect()), viewport, scrollY: window.scrollY };
      return null;
    });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
