/** Side panel entry: the card for the active tab of this window, following tab switches. */
import { render } from 'preact';
import { App } from '../popup/App';
import { useActiveTab } from '../popup/useActiveTab';

/** The app, keyed by tab so a switch starts from that tab's card. */
function Panel() {
  const { tabId } = useActiveTab();
  return <App key={String(tabId)} tabId={tabId} mode="panel" />;
}

render(<Panel />, document.getElementById('app')!);
