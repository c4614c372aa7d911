/** Welcome page entry: wires the UI language, the assigned shortcut and the browser's pages into App. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, type I18nValue } from '../../components/i18n';
import { getSettings } from '../../utils/settings/store';
import { browserI18n, loadI18n } from '../options/load-i18n';
import { App, CHROME_SHORTCUTS_URL, type WelcomeBrowser } from './App';
import './style.css';

/** The command the shortcut runs: the toolbar button's (MV2, Firefox's build, names it differently). */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);
const target: WelcomeBrowser = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** The shortcut the browser gave the toolbar command: '' when none, undefined when it cannot say. */
async function assignedShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name !== undefined && ACTION_COMMANDS.has(c.name));
    return command ? (command.shortcut ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/** Opens where the user changes shortcuts: Chrome's page, or Firefox's dialog (Firefox 137+). */
function shortcutSettings(): (() => void) | undefined {
  if (target === 'chrome') return () => void browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  return commands.openShortcutSettings ? () => void commands.openShortcutSettings?.() : undefined;
}

const root = document.getElementById('app');
if (root) {
  const show = (i18n: I18nValue, shortcut?: string) =>
    render(
      <I18nContext.Provider value={i18n}>
        <App browser={target} shortcut={shortcut} onOpenOptions={() => void browser.runtime.openOptionsPage()} onOpenShortcuts={shortcutSettings()} />
      </I18nContext.Provider>,
      root,
    );
  show(browserI18n());
  // The UI-language setting (a forced language reads that locale's messages), and the real shortcut.
  void Promise.all([
    getSettings()
      .then((s) => loadI18n(s.uiLanguage))
      .catch(() => browserI18n()),
    assignedShortcut(),
  ]).then(([i18n, shortcut]) => show(i18n, shortcut));
}
