/**
 * Page object: the card opened in a tab of its own as `popup.html?tabId=<id>`. This is not the
 * toolbar popup (see action-popup.ts for that): use it only where a popup cannot serve, e.g. to
 * install a fake `Translator` with an init script before the card's own scripts run (a popup
 * cannot be attached to before it loads).
 */
import type { Locator, Page } from 'playwright-core';
import type { Session } from './browser';

/** The popup's `data-state` values. */
export type PopupState = 'loading' | 'ok' | 'not-article' | 'restricted' | 'error';

/** Popup-sized viewport. */
export const POPUP_VIEWPORT = { width: 460, height: 600 };

/** The card for one tab. */
export class PopupPage {
  readonly root: Locator;

  private constructor(readonly page: Page) {
    this.root = page.getByTestId('popup');
  }

  /** Opens the card for `tabId` and waits until it has left the loading state. */
  static async open(
    s: Session,
    tabId: number,
    options: { colorScheme?: 'light' | 'dark'; settleTimeoutMs?: number; prepare?: (page: Page) => Promise<unknown> } = {},
  ): Promise<PopupPage> {
    const page = await s.context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    // E.g. an init script that installs a fake `Translator` before the popup's own scripts run.
    await options.prepare?.(page);
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    await page.goto(s.extensionUrl(`popup.html?tabId=${tabId}`));
    const popup = new PopupPage(page);
    await popup.settled(options.settleTimeoutMs);
    return popup;
  }

  /** Waits until the card is no longer loading; resolves with its state. */
  async settled(timeoutMs = 20_000): Promise<PopupState> {
    try {
      await this.page.locator('[data-testid="popup"]:not([data-state="loading"])').waitFor({ timeout: timeoutMs });
    } catch {
      const state = await this.root.getAttribute('data-state', { timeout: 1_000 }).catch(() => 'no [data-testid="popup"]');
      throw new Error(`the card did not settle within ${timeoutMs} ms: data-state is ${state} (${this.page.url()})`);
    }
    return this.state();
  }

  async state(): Promise<PopupState> {
    return (await this.root.getAttribute('data-state')) as PopupState;
  }

  /** The topic ids of the sections, in card order. */
  async topics(): Promise<string[]> {
    const ids = await this.page.getByTestId('section').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic') ?? ''));
    return ids;
  }

  section(topic: string): Locator {
    return this.page.locator(`[data-testid="section"][data-topic="${topic}"]`);
  }

  async heading(topic: string): Promise<string> {
    return normalize(await this.section(topic).getByTestId('section-heading').innerText());
  }

  /** The line buttons of a section, or of the whole card. */
  lines(topic?: string): Locator {
    return (topic ? this.section(topic) : this.page).locator('[data-testid="line"]');
  }

  /** Each line's index and text. */
  async lineData(topic?: string): Promise<{ index: string | null; tag: string; text: string }[]> {
    return this.lines(topic).evaluateAll((els) =>
      els.map((e) => ({ index: e.getAttribute('data-index'), tag: e.tagName.toLowerCase(), text: (e.textContent ?? '').replace(/\s+/g, ' ').trim() })),
    );
  }

  /** The texts of the entity items. */
  async entities(): Promise<string[]> {
    return (await this.page.getByTestId('entity').allInnerTexts()).map(normalize);
  }

  /** All the visible text of the card. */
  async text(): Promise<string> {
    return normalize(await this.root.innerText());
  }

  /** The translation bar (tier, download button, progress, errors). */
  get translationStatus(): Locator {
    return this.page.getByTestId('translation-status');
  }

  /** Waits until the translation bar reaches one of `phases`; resolves with the phase. */
  async translationPhase(phases: readonly string[], timeoutMs = 15_000): Promise<string> {
    const selector = phases.map((p) => `[data-testid="translation-status"][data-phase="${p}"]`).join(', ');
    // Attached, not visible: a quiet status line takes no room.
    await this.page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs });
    return (await this.translationStatus.getAttribute('data-phase')) ?? '';
  }

  /** Each section or overview line's sentence index, translation (or null) and its source tag. */
  async translations(): Promise<{ index: string | null; translation: string | null; source: string | null; glossary: boolean }[]> {
    return this.page.locator('li.line').evaluateAll((els) =>
      els.map((li) => {
        const slot = li.querySelector('[data-slot="translation"]');
        const shown = slot && !slot.hasAttribute('hidden') ? slot.querySelector('[lang]') : null;
        return {
          index: li.querySelector('[data-index]')?.getAttribute('data-index') ?? null,
          translation: shown ? (shown.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
          source: slot?.getAttribute('data-source') ?? null,
          glossary: li.querySelector('[data-testid="glossary-tag"]') !== null,
        };
      }),
    );
  }

  /**
   * Turns each line's terms and names (the action row's "Terms") on or off, as a reader would.
   * The choice is remembered for the browser session, so a spec sets it rather than assume it.
   */
  async showTerms(on = true): Promise<void> {
    // A checkbox item of the "More" menu.
    await this.page.getByTestId('more-actions').click();
    const toggle = this.page.getByTestId('toggle-terms');
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    else await this.page.keyboard.press('Escape');
  }

  /** Opens every section and the minor topics, as a reader clicking each heading. */
  async expandAll(): Promise<void> {
    await this.page.evaluate(() => {
      for (const b of document.querySelectorAll<HTMLButtonElement>(
        '[data-testid="section-toggle"][aria-expanded="false"], [data-testid="minor-toggle"][aria-expanded="false"]',
      ))
        b.click();
    });
  }

  button(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** A PNG of what the popup shows: its 460×600 window. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled' });
  }

  /** A PNG of the whole card, its scroll box opened up to full length (the page stays changed). */
  async screenshotFull(path: string): Promise<void> {
    // Through the CSSOM: the pages' CSP refuses inline <style> (and so page.addStyleTag).
    await this.root.evaluate((el: HTMLElement) => {
      el.style.setProperty('max-height', 'none', 'important');
      el.style.setProperty('overflow', 'visible', 'important');
    });
    await this.root.screenshot({ path, animations: 'disabled' });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Folds white space, so texts compare the same whatever the markup's line breaks. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
