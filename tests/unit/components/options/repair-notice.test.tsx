// @vitest-environment happy-dom
/** The options page says which settings were repaired, by their labels, in the page's language. */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { I18nContext, type I18nValue } from '../../../../components/i18n';
import { App } from '../../../../entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/settings/schema';
import { realI18n } from './messages';

let en: I18nValue;
let hi: I18nValue;
beforeAll(async () => {
  [en, hi] = await Promise.all([realI18n('en'), realI18n('hi')]);
});
afterEach(cleanup);

function open(i18n: I18nValue, repaired: (keyof Settings)[]) {
  const load = vi.fn(async () => structuredClone(DEFAULT_SETTINGS));
  render(
    <I18nContext.Provider value={i18n}>
      <App load={load} save={async () => {}} reset={async () => DEFAULT_SETTINGS} repairs={async () => repaired} />
    </I18nContext.Provider>,
  );
  return load;
}

test('names each repaired setting once (the two topic fields share one label), before the form loads', async () => {
  const load = open(en, ['perSection', 'topicOrder', 'hiddenTopics', 'extraKeywords']);
  const notice = await screen.findByTestId('settings-repaired');
  expect(notice.textContent).toBe(
    'Some of your settings could not be read and were set back to their defaults: Sentences per topic section, Topics, Your own keywords.',
  );
  expect(notice.getAttribute('role')).toBe('status');
  await waitFor(() => expect(load).toHaveBeenCalledOnce());
});

test('in Hindi', async () => {
  open(hi, ['showOverview']);
  expect((await screen.findByTestId('settings-repaired')).textContent).toMatch(/^आपकी कुछ सेटिंग्स पढ़ी नहीं जा सकीं/);
});

test('no notice when nothing was repaired', async () => {
  const load = open(en, []);
  await waitFor(() => expect(load).toHaveBeenCalledOnce());
  expect(screen.queryByTestId('settings-repaired')).toBeNull();
});
