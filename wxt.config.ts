import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Origins a user's model endpoint may be on: requested one at a time, never up front. */
const PROVIDER_ORIGINS = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Kootniti',
    description: 'Bilingual (Hindi ↔ English) topic-split summary cards for diplomatic news.',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // The e2e build only: automation cannot grant activeTab (../shared/STACK.md, pitfall 1).
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // The Firefox e2e build only: WebDriver BiDi will not navigate to moz-extension:// URLs, so the
    // specs have a 127.0.0.1 page go there, which Firefox allows for web-accessible pages alone.
    // The pages' scripts and styles load as the extension's own and need no entry.
    ...(mode === 'e2e' && browser === 'firefox'
      ? { web_accessible_resources: [{ matches: ['http://127.0.0.1/*'], resources: ['popup.html', 'options.html'] }] }
      : {}),
    // Tier 2 (the user's own model): the one origin they configure is asked for at run time, from
    // the options page, with permissions.request. Nothing is granted at install.
    ...(manifestVersion === 2 ? { optional_permissions: PROVIDER_ORIGINS } : { optional_host_permissions: PROVIDER_ORIGINS }),
    action: { default_title: 'Kootniti: summarise this article' },
    // The shortcut does what the toolbar icon does (MV2, Firefox's build, names it differently).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Summarise this article',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kootniti@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
