/** Dossier page entry: wires the IndexedDB store, the UI language and downloads into App. */
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { deleteCards, getCards, listEntries, putCards, savedAtByUrl } from '../../utils/dossier/store';
import { getSettings } from '../../utils/settings/store';
import { loadI18n } from '../options/load-i18n';
import { App, type DossierApi } from './App';
import { shareCardWith } from './share';
import './style.css';

const api: DossierApi = {
  list: listEntries,
  cards: (urls, onProgress) => getCards(urls, onProgress),
  savedAt: savedAtByUrl,
  put: putCards,
  deleteAll: () => deleteCards(),
  usage: async () => (await navigator.storage?.estimate?.())?.usage ?? null,
  download: (name, text, type) => {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const i18n = await loadI18n((await getSettings()).uiLanguage);
  const thread = new URLSearchParams(location.search).get('thread');
  render(
    <I18nContext.Provider value={i18n}>
      <App api={{ ...api, shareCard: shareCardWith(i18n) }} initialThread={thread} />
    </I18nContext.Provider>,
    root,
  );
}

void main();
