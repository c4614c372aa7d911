/** Page object: the options page in Firefox, and waiting for what it saves to reach storage. */
import type { Page } from 'puppeteer-core';
import type { Settings } from '../../../utils/settings/schema';
import { until, type FirefoxSession } from './firefox';

/** The options page in a tab (`moz-extension://<uuid>/options.html`). */
export class FirefoxOptions {
  private constructor(
    private readonly s: FirefoxSession,
    readonly page: Page,
  ) {}

  static async open(s: FirefoxSession): Promise<FirefoxOptions> {
    const page = await s.openExtensionPage('options.html');
    await page.waitForSelector('[data-testid="options"]', { timeout: 10_000 });
    return new FirefoxOptions(s, page);
  }

  /** Waits until the stored settings satisfy `ok`. */
  saved(ok: (settings: Partial<Settings>) => boolean, what: string): Promise<Partial<Settings>> {
    return until(async () => {
      const settings = await this.s.storedSettings();
      return settings && ok(settings) ? settings : undefined;
    }, `settings: ${what}`);
  }

  /** Whether a topic's checkbox is ticked (its section shown). */
  topicShown(topic: Settings['topicOrder'][number]): Promise<boolean> {
    return this.page.$eval(`[data-testid="topic-toggle-${topic}"]`, (e) => (e as HTMLInputElement).checked);
  }

  /** Shows or hides a topic's section, with a click on its checkbox. */
  async setTopicShown(topic: Settings['topicOrder'][number], shown: boolean): Promise<void> {
    if ((await this.topicShown(topic)) !== shown) await this.page.click(`[data-testid="topic-toggle-${topic}"]`);
    await this.saved((x) => (x.hiddenTopics ?? []).includes(topic) !== shown, `${topic} ${shown ? 'shown' : 'hidden'}`);
  }

  async setPrimaryLanguage(value: Settings['primaryLanguage']): Promise<void> {
    await this.page.select('[data-testid="primary-language"]', value);
    await this.saved((x) => x.primaryLanguage === value, `primaryLanguage = ${value}`);
  }

  /** Resets everything, through the confirmation step, and waits for the defaults in storage. */
  async reset(): Promise<Partial<Settings>> {
    await this.page.click('[data-testid="reset"]');
    await this.page.waitForSelector('[data-testid="reset-confirm"]', { timeout: 5_000 });
    await this.page.click('[data-testid="reset-confirm"]');
    return this.saved((x) => x.primaryLanguage === 'article' && (x.hiddenTopics ?? []).length === 0, 'the defaults');
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
