/**
 * Page object: the real Firefox sidebar (`sidebar_action`, `sidepanel.html`) of one window.
 *
 * WebDriver BiDi cannot see it: `browsingContext.getTree` lists tabs only (the sidebar's document
 * lives in the browser window's own UI) and `script.getRealms` lists no extension realms, so
 * puppeteer has no page for it. Extension pages in MV2 Firefox share one process, though, and
 * `browser.extension.getViews({ type: 'sidebar', windowId })` evaluated in another extension page
 * (the session's control page) returns the sidebar's own `window`: this reads the live document
 * there, by the card's stable hooks (`data-testid="popup"` and its `data-state`, the sections'
 * `data-topic` and `section-heading`).
 */
import type { Page } from 'puppeteer-core';
import { until, type ExtensionScope, type FirefoxScope, type FirefoxSession } from './firefox';

/** What the sidebar shows, read in one go. */
export interface SidebarView {
  href: string;
  /** The card's `data-state` (`idle`: no card for the tab yet), or null before it renders. */
  state: string | null;
  /** The sections' topic ids, in card order. */
  topics: string[];
  /** Each section's heading by topic, white space folded. */
  headings: Record<string, string>;
  /** Whether this button is there. */
  summariseTab: boolean;
}

export class FirefoxSidebar {
  private constructor(
    private readonly s: FirefoxSession,
    readonly windowId: number,
  ) {}

  /** The sidebar of the window that holds `tabId` (open or not). */
  static async ofTab(s: FirefoxSession, tabId: number): Promise<FirefoxSidebar> {
    const windowId = await s.inExtension(async (id) => (await (globalThis as unknown as ExtensionScope).browser.tabs.get(id)).windowId, tabId);
    if (typeof windowId !== 'number') throw new Error(`tab ${tabId} has no window`);
    return new FirefoxSidebar(s, windowId);
  }

  /** Whether Firefox says the sidebar is open in this window, showing this add-on's panel. */
  isOpen(): Promise<boolean> {
    return this.s.inExtension((windowId) => (globalThis as unknown as FirefoxScope).browser.sidebarAction.isOpen({ windowId }), this.windowId);
  }

  /** `sidebarAction.open()` called with no reader's action behind it (from the control page): Firefox should refuse. */
  openWithoutUserAction(): Promise<void> {
    return this.s.inExtension(() => (globalThis as unknown as FirefoxScope).browser.sidebarAction.open(), undefined);
  }

  /**
   * Opens the sidebar as a reader does: a real click (WebDriver input, which Firefox handles as
   * user input) on the card's "Open in the side panel", which calls `sidebarAction.open()`. Waits
   * until Firefox reports it open and its document has rendered the card.
   */
  async openFrom(card: Page): Promise<SidebarView> {
    await card.click('[data-testid="more-actions"]');
    await card.waitForSelector('[data-testid="open-panel"]');
    await card.click('[data-testid="open-panel"]');
    await until(async () => ((await this.isOpen()) ? true : undefined), `the sidebar of window ${this.windowId} to open`);
    return this.waitFor((v) => v.state !== null && v.state !== 'loading', 'the sidebar to render the card');
  }

  /** The test ids of the items in the sidebar card's "More" menu: opened, read, and closed again. */
  menuItems(): Promise<string[]> {
    return this.s.inExtension(async (windowId) => {
      const [view] = (globalThis as unknown as FirefoxScope).browser.extension.getViews({ type: 'sidebar', windowId });
      const more = view?.document.querySelector<HTMLElement>('[data-testid="more-actions"]');
      if (!view || !more) return [];
      more.click();
      const items = () => [...view.document.querySelectorAll('[role="menu"] [role^="menuitem"]')].map((e) => e.getAttribute('data-testid') ?? '');
      for (let i = 0; i < 100 && items().length === 0; i++) await new Promise((r) => view.setTimeout(r, 20));
      const ids = items();
      more.click();
      return ids;
    }, this.windowId);
  }

  /** The sidebar's document as it is now, or undefined when the window has no sidebar view of ours. */
  read(): Promise<SidebarView | undefined> {
    return this.s.inExtension((windowId) => {
      const [view] = (globalThis as unknown as FirefoxScope).browser.extension.getViews({ type: 'sidebar', windowId });
      if (!view) return undefined;
      const doc = view.document;
      const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
      const sections = [...doc.querySelectorAll<HTMLElement>('[data-testid="section"]')];
      return {
        href: view.location.href,
        state: doc.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? null,
        topics: sections.map((e) => e.getAttribute('data-topic') ?? ''),
        headings: Object.fromEntries(
          sections.map((e) => [e.getAttribute('data-topic') ?? '', fold(e.querySelector<HTMLElement>('[data-testid="section-heading"]')?.innerText ?? '')]),
        ),
        summariseTab: doc.querySelector('[data-testid="summarise-tab"]') !== null,
      } satisfies SidebarView;
    }, this.windowId);
  }

  /** Polls the sidebar until `ok` holds for what it shows, and returns that. */
  waitFor(ok: (view: SidebarView) => boolean, what: string, timeoutMs = 10_000): Promise<SidebarView> {
    let last: SidebarView | undefined;
    return until(
      async () => {
        last = await this.read();
        return last && ok(last) ? last : undefined;
      },
      () => `${what}; the sidebar shows ${last ? JSON.stringify({ ...last, headings: undefined }) : 'nothing'}`,
      timeoutMs,
    );
  }

  /**
   * Clicks an element in the sidebar with the DOM's `click()`, from the control page: WebDriver
   * cannot reach the sidebar to send real input, so this is a scripted click (`isTrusted` false),
   * which the card's handlers take as any other.
   */
  async click(selector: string): Promise<void> {
    const clicked = await this.s.inExtension(
      ({ windowId, selector: sel }) => {
        const [view] = (globalThis as unknown as FirefoxScope).browser.extension.getViews({ type: 'sidebar', windowId });
        const target = view?.document.querySelector<HTMLElement>(sel);
        target?.click();
        return target !== null && target !== undefined;
      },
      { windowId: this.windowId, selector },
    );
    if (!clicked) throw new Error(`the sidebar has no ${selector}`);
  }
}
