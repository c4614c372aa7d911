/** Page object: the options page, and waiting for what it saves to reach storage. */
import type { Locator, Page } from 'playwright-core';
import type { Settings } from '../../../utils/settings/schema';
import type { Session } from './browser';
import { storageLocal, waitFor } from './extension';

/** The options page in a tab. */
export class OptionsPage {
  readonly root: Locator;

  private constructor(
    private readonly s: Session,
    readonly page: Page,
  ) {
    this.root = page.getByTestId('options');
  }

  static async open(s: Session): Promise<OptionsPage> {
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('options.html'));
    const options = new OptionsPage(s, page);
    await options.root.waitFor();
    return options;
  }

  /** The settings as stored (`local:settings`), or undefined before the first save. */
  async stored(): Promise<Partial<Settings> | undefined> {
    return (await storageLocal(this.s)).settings as Partial<Settings> | undefined;
  }

  /** Waits until the stored settings satisfy `ok`. */
  async saved(ok: (settings: Partial<Settings>) => boolean, what: string): Promise<Partial<Settings>> {
    return waitFor(async () => {
      const settings = await this.stored();
      return settings && ok(settings) ? settings : undefined;
    }, `settings: ${what}`);
  }

  async setPrimaryLanguage(value: Settings['primaryLanguage']): Promise<void> {
    await this.page.getByTestId('primary-language').selectOption(value);
    await this.saved((x) => x.primaryLanguage === value, `primaryLanguage = ${value}`);
  }

  async setUiLanguage(value: Settings['uiLanguage']): Promise<void> {
    await this.page.getByTestId('ui-language').selectOption(value);
    await this.saved((x) => x.uiLanguage === value, `uiLanguage = ${value}`);
  }

  topicToggle(topic: string): Locator {
    return this.page.getByTestId(`topic-toggle-${topic}`);
  }

  /** Shows or hides a topic's section. */
  async setTopicShown(topic: Settings['topicOrder'][number], shown: boolean): Promise<void> {
    await this.topicToggle(topic).setChecked(shown);
    await this.saved((x) => (x.hiddenTopics ?? []).includes(topic) !== shown, `${topic} ${shown ? 'shown' : 'hidden'}`);
  }

  async setPerSection(n: number): Promise<void> {
    await this.page.getByTestId('per-section').selectOption(String(n));
    await this.saved((x) => x.perSection === n, `perSection = ${n}`);
  }

  /** Ticks or clears one of the display checkboxes (show-overview, show-entities, show-key-terms). */
  async setDisplay(testId: 'show-overview' | 'show-entities' | 'show-key-terms', on: boolean): Promise<void> {
    const key = ({ 'show-overview': 'showOverview', 'show-entities': 'showEntities', 'show-key-terms': 'showKeyTerms' } as const)[testId];
    await this.page.getByTestId(testId).setChecked(on);
    await this.saved((x) => x[key] === on, `${key} = ${on}`);
  }

  /** Moves a topic one place up the order. */
  async moveTopicUp(topic: Settings['topicOrder'][number]): Promise<void> {
    const before = (await this.stored())?.topicOrder ?? [];
    await this.page.getByTestId(`topic-up-${topic}`).click();
    await this.saved(
      (x) => (x.topicOrder ?? []).indexOf(topic) >= 0 && (before.indexOf(topic) < 0 || (x.topicOrder ?? []).indexOf(topic) < before.indexOf(topic)),
      `${topic} moved up`,
    );
  }

  /** Resets everything, through the confirmation step. */
  async reset(): Promise<void> {
    await this.page.getByTestId('reset').click();
    await this.page.getByTestId('reset-confirm').click();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
