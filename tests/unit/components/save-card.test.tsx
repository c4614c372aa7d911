// @vitest-environment happy-dom
/** "Save" in the card's action row: a named button, its answer said in a polite live region, in both UI languages. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import { HI_SUMMARY, settingsWith } from './sample';
import { menuItem, renderWithI18n } from './render';

afterEach(cleanup);

function renderCard(over: Partial<SummaryCardProps>, lang: 'hi' | 'en' = 'en') {
  const props: SummaryCardProps = {
    summary: HI_SUMMARY,
    source: 'page',
    settings: settingsWith({}),
    onShowInPage: vi.fn(async () => ({ ok: true as const, method: 'mark' as const })),
    onRefresh: vi.fn(),
    onOpenOptions: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    ...over,
  };
  renderWithI18n(<SummaryCard {...props} />, lang);
  return props;
}

test.each([
  ['en', 'Save', 'Saved to your dossier'],
  ['hi', 'सहेजें', 'डोज़ियर में सहेजा गया'],
] as const)('%s: Save saves and says so', async (lang, label, said) => {
  const onSave = vi.fn(async () => null);
  renderCard({ onSave }, lang);
  const button = screen.getByTestId('save-card');
  expect(button.tagName).toBe('BUTTON');
  expect(button.getAttribute('aria-label')).toBe(label);
  fireEvent.click(button);
  await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe(said));
  expect(onSave).toHaveBeenCalledWith(undefined); // no translations made yet
  expect(screen.getByTestId('copy-status').getAttribute('aria-live')).toBe('polite');
});

test('a failed save says why, as an error', async () => {
  renderCard({ onSave: async () => 'This tab has no card to save.' });
  fireEvent.click(screen.getByTestId('save-card'));
  await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe("Couldn't save the card: This tab has no card to save."));
  expect(screen.getByTestId('copy-status').classList.contains('error')).toBe(true);
});

test('the translations the reader made travel with the save', async () => {
  const onSave = vi.fn(async () => null);
  renderCard({
    onSave,
    translation: { state: 'done', source: 'on-device', lines: { title: 'A meeting', '0': 'The ministers met.' } } as unknown as SummaryCardProps['translation'],
  });
  fireEvent.click(screen.getByTestId('save-card'));
  await waitFor(() => expect(onSave).toHaveBeenCalled());
  expect(onSave.mock.calls[0]).toEqual([{ lines: { title: 'A meeting', '0': 'The ministers met.' }, source: 'On-device translation (Chrome)' }]);
});

test('no Save and no dossier button where none is wired; the dossier button opens it', () => {
  renderCard({});
  expect(screen.queryByTestId('save-card')).toBeNull();
  fireEvent.click(screen.getByTestId('more-actions'));
  expect(screen.getByTestId('open-options')).toBeTruthy();
  expect(screen.queryByTestId('open-dossier')).toBeNull();
  cleanup();
  const onOpenDossier = vi.fn();
  renderCard({ onOpenDossier });
  expect(menuItem('open-dossier').textContent).toBe('Open the dossier of saved cards');
  fireEvent.click(menuItem('open-dossier'));
  expect(onOpenDossier).toHaveBeenCalled();
});
