/** Popup entry: finds the tab, then renders the App. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { resolveTabId } from './tab';

const root = document.getElementById('app')!;
render(<App tabId={undefined} />, root);
void resolveTabId(location.search, () => browser.tabs.query({ active: true, currentWindow: true })).then((tabId) => render(<App tabId={tabId} />, root));
