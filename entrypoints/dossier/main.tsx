/** Dossier page entry: wires the IndexedDB store, the UI language and downloads into App. */
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { PAGE_SIZE } from '../../components/dossier/EntryList';
import { type FirstPage, firstPage, getCardTexts, listEntries, savedAtByUrl } from '../../utils/dossier/read';
import { applyRetention } from '../../utils/dossier/retention';
import { deleteCards, writeCards } from '../../utils/dossier/store';
import { getSettings } from '../../utils/settings/store';
import { loadI18n } from '../options/load-i18n';
import { App, type DossierApi } from './App';
import { CHECK_SLICE } from './api';
import { workerSource } from './import-source';
import { shareCardWith } from './share';
import '../../components/page.css';
import './style.css';

const api: DossierApi = {
  list: () => listEntries(),
  first: firstPage,
  cardTexts: getCardTexts,
  savedAt: savedAtByUrl,
  put: writeCards,
  importSteps: (file) => workerSource(file, CHECK_SLICE),
  deleteAll: () => deleteCards(),
  delete: (urls) => deleteCards(urls),
  usage: async () => (await navigator.storage?.estimate?.())?.usage ?? null,
  download: (name, text, type) => {
    const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type: `${type};charset=utf-8` }));
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
  const thread = new URLSearchParams(location.search).get('thread');
  // The first page is read while the settings and messages load (the App asks for exactly this one).
  let early: Promise<FirstPage> | undefined = firstPage(thread, PAGE_SIZE);
  early.catch(() => undefined);
  api.first = (t, n) => {
    const read = early && t === thread && n === PAGE_SIZE ? early : firstPage(t, n);
    early = undefined;
    return read;
  };
  const settings = await getSettings();
  // The reader's retention rule, before every entry is read: the first page may still show a card it
  // deletes (usually none: the rule also runs on every save), for the moment until the full list replaces it.
  const retention = applyRetention(settings).catch(() => 0);
  api.list = async () => {
    await retention;
    return listEntries();
  };
  const i18n = await loadI18n(settings.uiLanguage);
  render(
    <I18nContext.Provider value={i18n}>
      <App api={{ ...api, shareCard: shareCardWith(i18n) }} initialThread={thread} />
    </I18nContext.Provider>,
    root,
  );
}

void main();
