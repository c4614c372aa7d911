/** The welcome page: what Kootniti does and how to reach it. Props in, markup out; main.tsx wires it. */
import { type ComponentChild, Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { type MessageKey, useI18n } from '../../components/i18n';
import { MENU_TITLES } from '../../utils/menu-titles';

/** The browser the page was built for: the steps differ. */
export type WelcomeBrowser = 'chrome' | 'firefox';

/** The shortcut the manifest suggests; the browser may not have given it to us. */
export const SUGGESTED_SHORTCUT = 'Alt+Shift+S';
/** Where Chrome lets users change extension shortcuts. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** What the page needs from outside. */
export interface WelcomeProps {
  browser: WelcomeBrowser;
  /** The shortcut the browser assigned: '' when none, undefined when not known (yet). */
  shortcut?: string;
  onOpenOptions: () => void;
  /** Opens the browser's shortcut settings, where the browser lets an extension do so. */
  onOpenShortcuts?: () => void;
}

/** Replaces `{name}` in a message with `slots[name]`, so markup can sit inside translated text. */
export function withSlots(text: string, slots: Record<string, ComponentChild>): ComponentChild[] {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? (Object.hasOwn(slots, part) ? slots[part] : `{${part}}`) : part));
}

/** A shortcut as keys: "Alt+Shift+S" → Alt + Shift + S, each a <kbd>. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+').filter(Boolean);
  return (
    <kbd class="keys" data-testid="shortcut">
      {keys.map((key, i) => (
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** A menu item's label as the menu shows it. */
const MenuItem = ({ title }: { title: string }) => (
  <span class="menu-item" lang="en">
    {title}
  </span>
);

/** The toolbar icon, inline in a sentence. */
const InlineIcon = () => <img class="inline-icon" src="/icon/32.png" width={20} height={20} alt="" />;

/** One section: a heading and what goes under it. */
function Section({ id, heading, children }: { id: string; heading: string; children: ComponentChild }) {
  return (
    <section class="step" aria-labelledby={`${id}-heading`} data-testid={`welcome-${id}`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

/** The whole welcome page. */
export function App({ browser, shortcut, onOpenOptions, onOpenShortcuts }: WelcomeProps) {
  const { t, lang } = useI18n();
  const p = (key: MessageKey, slots: Record<string, ComponentChild> = {}) => <p>{withSlots(t(key), slots)}</p>;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('welcome.title');
  }, [lang, t]);

  // A narrow screen may break the address after its last slash, never inside a word.
  const [path, page] = [
    CHROME_SHORTCUTS_URL.slice(0, CHROME_SHORTCUTS_URL.lastIndexOf('/') + 1),
    CHROME_SHORTCUTS_URL.slice(CHROME_SHORTCUTS_URL.lastIndexOf('/') + 1),
  ];
  const shortcutsPlace =
    browser === 'chrome' ? (
      <code>
        {path}
        <wbr />
        {page}
      </code>
    ) : (
      <code>about:addons</code>
    );

  return (
    <main class="welcome" data-testid="welcome" lang={lang}>
      <header class="hero">
        <img class="hero-icon" src="/icon/96.png" width={72} height={72} alt="" />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="lead">{t('welcome.lead')}</p>
        </div>
      </header>

      <div class="steps">
        <Section id="pin" heading={t('welcome.pin.heading')}>
          {p(browser === 'chrome' ? 'welcome.pin.chrome' : 'welcome.pin.firefox', { icon: <InlineIcon /> })}
        </Section>

        <Section id="shortcut" heading={t('welcome.shortcut.heading')}>
          {shortcut === '' ? (
            <p class="warn">{t('welcome.shortcut.none')}</p>
          ) : (
            p('welcome.shortcut.keys', { keys: <Keys shortcut={shortcut ?? SUGGESTED_SHORTCUT} /> })
          )}
          <p class="note">{t('welcome.shortcut.windows')}</p>
          {p(browser === 'chrome' ? 'welcome.shortcut.chrome' : 'welcome.shortcut.firefox', { url: shortcutsPlace })}
          {onOpenShortcuts && (
            <button type="button" class="secondary" onClick={onOpenShortcuts} data-testid="open-shortcuts">
              {t('welcome.shortcut.open')}
            </button>
          )}
        </Section>

        <Section id="menu" heading={t('welcome.menu.heading')}>
          {p('welcome.menu.page', { item: <MenuItem title={MENU_TITLES.page} /> })}
          {p('welcome.menu.selection', { item: <MenuItem title={MENU_TITLES.selection} /> })}
        </Section>

        <Section id="panel" heading={t('welcome.panel.heading')}>
          {p('welcome.panel.body')}
        </Section>
      </div>

      <section class="privacy" aria-labelledby="privacy-heading" data-testid="welcome-privacy">
        <h2 id="privacy-heading">{t('welcome.privacy.heading')}</h2>
        <p>{t('welcome.privacy.body')}</p>
      </section>

      <section class="make-it-yours" aria-labelledby="options-heading" data-testid="welcome-options">
        <h2 id="options-heading">{t('welcome.options.heading')}</h2>
        <p>{t('welcome.options.body')}</p>
        <button type="button" class="primary" onClick={onOpenOptions} data-testid="open-options">
          {t('welcome.options.button')}
        </button>
      </section>

      <footer>
        <p>{t('welcome.footer')}</p>
      </footer>
    </main>
  );
}
