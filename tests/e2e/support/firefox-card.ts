/**
 * Page object: the card in Firefox, opened in a tab as `moz-extension://<uuid>/popup.html?tabId=N`.
 * It reads only the card's stable hooks: `data-testid="popup"` and its `data-state`, the sections'
 * `data-testid="section"` with `data-topic`, their `section-heading`, and `entity`.
 */
import type { Page } from 'puppeteer-core';
import { normalize, until, type FirefoxSession } from './firefox';
import type { PopupState } from './popup-page';

/** The card for one tab. */
export class FirefoxCard {
  private constructor(readonly page: Page) {}

  /** Opens the card for `tabId` and waits until it has left the loading state. */
  static async open(s: FirefoxSession, tabId: number, timeoutMs = 20_000): Promise<FirefoxCard> {
    const card = new FirefoxCard(await s.openExtensionPage(`popup.html?tabId=${tabId}`));
    let state: string | null = null;
    await until(
      async () => {
        state = await card.page.evaluate(() => document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? null);
        return state !== null && state !== 'loading' ? state : undefined;
      },
      () => `the card of tab ${tabId} to settle (data-state is ${state ?? 'missing'})`,
      timeoutMs,
    );
    return card;
  }

  async state(): Promise<PopupState> {
    return (await this.page.evaluate(() => document.querySelector('[data-testid="popup"]')?.getAttribute('data-state'))) as PopupState;
  }

  /** The topic ids of the sections, in card order. */
  topics(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('[data-testid="section"]')].map((e) => e.getAttribute('data-topic') ?? ''));
  }

  /** A section's heading, white space folded; throws when the card has no such section. */
  async heading(topic: string): Promise<string> {
    const text = await this.page.evaluate(
      (t) => (document.querySelector(`[data-testid="section"][data-topic="${t}"] [data-testid="section-heading"]`) as HTMLElement | null)?.innerText ?? null,
      topic,
    );
    if (text === null) throw new Error(`the card has no ${topic} section with a heading`);
    return normalize(text);
  }

  /** The texts of the entity items, white space folded. */
  async entities(): Promise<string[]> {
    const texts = await this.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="entity"]')].map((e) => e.innerText));
    return texts.map(normalize);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
