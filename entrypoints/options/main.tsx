/** Options page entry: wires the real settings store and UI text into App. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n';
import { getSettings, resetSettings, saveSettings, takeSettingsRepairs, watchSettings } from '../../utils/settings/store';
import { App } from './App';
import { browserI18n, loadI18n } from './load-i18n';
import { OPTIONS_PORT } from '../../utils/translate/provider/permissions';
import { providerActions } from './provider';
import '../../components/page.css';
import './style.css';

// Open while the page is: when it closes, the background gives back any origin only tested here.
browser.runtime.connect({ name: OPTIONS_PORT });

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={browserI18n()}>
      <App
        load={getSettings}
        save={saveSettings}
        reset={resetSettings}
        watch={watchSettings}
        loadI18n={loadI18n}
        provider={providerActions}
        repairs={takeSettingsRepairs}
      />
    </I18nContext.Provider>,
    root,
  );
}
