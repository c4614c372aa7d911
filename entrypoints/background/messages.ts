/** Handlers for the one typed protocol (utils/protocol.ts). */
import { onMessage } from '@/utils/messaging';
import { saveTabCard, tabCoverage } from './dossier';
import { showInPage } from './highlight';
import { summarizeTab } from './summarize-tab';

/** Answers the popup's and options page's messages. */
export function registerMessages(): void {
  onMessage({
    getSummary: ({ tabId, refresh }) => summarizeTab(tabId, { refresh }),
    showInPage: ({ tabId, text }) => showInPage(tabId, text),
    saveCard: ({ tabId, translations }) => saveTabCard(tabId, translations),
    getCoverage: ({ tabId }) => tabCoverage(tabId),
  });
}
