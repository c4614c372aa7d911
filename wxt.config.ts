import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Origins a user's model endpoint may be on: requested one at a time, never up front. */
const PROVIDER_ORIGINS = ['https://*/*', 'http://*/*'];

/** The toolbar button's icons (public/icon/, made by `npm run build:icons`); `icons` WXT finds itself. */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png' };
/**
 * Firefox only: the button on dark themes gets a pale tile. Firefox's `light` is the icon for
 * themes with light text (dark toolbars), `dark` the one for dark text (light toolbars): see
 * IconDetails.normalize and browser.css in Firefox; WXT's ThemeIcon doc comment has them reversed.
 */
const FIREFOX_THEME_ICONS = [16, 32].map((size) => ({ light: `icon/dark-theme-${size}.png`, dark: `icon/${size}.png`, size }));

/**
 * The extension pages' Content Security Policy: scripts and styles from the package only (no
 * eval, no inline or remote script), no plugins, no <base>, no form posts, never framed. Requests
 * may go to any http(s) origin: the user's own model endpoint (a local server is http), and only
 * once they have granted that one origin.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Every module says where its names come from: no globals injected by WXT.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Kootniti',
    description: 'Bilingual (Hindi ↔ English) topic-split summary cards for diplomatic news.',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // MV3 takes an object of policies; MV2 (Firefox's build) one string.
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // The e2e build only: automation cannot grant activeTab (../shared/STACK.md, pitfall 1).
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // The Firefox e2e build only: WebDriver BiDi will not navigate to moz-extension:// URLs, so the
    // specs have a 127.0.0.1 page go there, which Firefox allows for web-accessible pages alone.
    // The pages' scripts and styles load as the extension's own and need no entry.
    ...(mode === 'e2e' && browser === 'firefox'
      ? { web_accessible_resources: [{ matches: ['http://127.0.0.1/*'], resources: ['popup.html', 'options.html', 'dossier.html'] }] }
      : {}),
    // Tier 2 (the user's own model): the one origin they configure is asked for at run time, from
    // the options page, with permissions.request. Nothing is granted at install.
    ...(manifestVersion === 2 ? { optional_permissions: PROVIDER_ORIGINS } : { optional_host_permissions: PROVIDER_ORIGINS }),
    // The toolbar button. MV2 (Firefox's build) names it browser_action, and WXT does not carry
    // `action` over once the popup has made a browser_action of its own.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'Kootniti: summarise this article',
      default_icon: TOOLBAR_ICONS,
      // Firefox puts a new add-on's button in the Extensions menu unless asked for the toolbar.
      ...(browser === 'firefox' ? { theme_icons: FIREFOX_THEME_ICONS, default_area: 'navbar' as const } : {}),
    },
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
  hooks: {
    // The dark-theme icons are Firefox's alone: leave them out of the other builds.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      for (let i = files.length - 1; i >= 0; i--) {
        if (/^icon\/dark-theme-/.test(files[i]?.relativeDest ?? '')) files.splice(i, 1);
      }
    },
  },
});
