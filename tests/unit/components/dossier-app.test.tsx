// @vitest-environment happy-dom
/** The dossier page over a fake store: threads, search in either script, refused imports in the UI's language, delete all. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import type { CardSlice } from '../../../engine/dossier/import-slices';
import type { SavedCard } from '../../../engine/dossier/record';
import { dossierJson } from '../../../engine/dossier/transfer';
import { App, type DossierApi } from '../../../entrypoints/dossier/App';
import { cardOf } from '../../support/dossier-cards';
import { renderWithI18n } from './render';

afterEach(cleanup);

/** A store in memory, with the real entry derivation. */
function fakeApi(initial: SavedCard[]) {
  const cards = new Map(initial.map((c) => [c.url, c]));
  const downloads: { name: string; text: string }[] = [];
  const api: DossierApi = {
    list: async () => ({ entries: [...cards.values()].map((c) => entryOf(c)), skipped: 0 }),
    cardTexts: async (urls) => ({ texts: urls.flatMap((u) => (cards.has(u) ? [JSON.stringify(cards.get(u))] : [])) }),
    savedAt: async () => new Map([...cards.values()].map((c) => [c.url, c.savedAt])),
    // All or nothing, as the store: the slices are kept only when every one was given.
    put: vi.fn(async (next: () => CardSlice | null | Promise<CardSlice | null>, onProgress: (n: number) => void) => {
      const staged: SavedCard[] = [];
      for (;;) {
        // The store asks for each slice from an IndexedDB answer: a task of its own.
        await new Promise((r) => setTimeout(r, 0));
        const slice = await next();
        if (!slice) break;
        staged.push(...slice.texts.map((text) => JSON.parse(text) as SavedCard));
      }
      for (const c of staged) cards.set(c.url, c);
      onProgress(staged.length);
    }),
    deleteAll: async () => cards.clear(),
    delete: vi.fn(async (urls: readonly string[]) => {
      for (const url of urls) cards.delete(url);
    }),
    usage: async () => 2.5 * 1024 * 1024,
    download: (name, text) => void downloads.push({ name, text: typeof text === 'string' ? text : text.join('') }),
  };
  return { api, cards, downloads };
}

const three = () => [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];
const ready = () => screen.findByTestId('dossier-count');
const upload = (text: string) => {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'x.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
};

test('threads with counts, a thread opened from the address, and what changed in it', async () => {
  renderWithI18n(<App api={fakeApi(three()).api} initialThread="pair:India|Russia" />);
  expect((await ready()).textContent).toBe('India–Russia · भारत–रूस: 2 of 3 saved cards');
  expect(screen.getAllByTestId('thread').map((b) => b.textContent)).toEqual(['India–Russia · भारत–रूस (2)', 'India–United States · भारत–अमेरिका (1)']);
  expect(screen.getByTestId('what-changed').querySelector('[data-topic="defence"]')).not.toBeNull();
  expect(screen.getByTestId('timeline').querySelectorAll('[data-topic="defence"] [data-testid="timeline-mark"]')).toHaveLength(2);
  expect(screen.getByTestId('storage-used').textContent).toBe('Storage used: 2.5 MB');
});

test.each([
  ['लावरोव', 2],
  ['Lavrov', 2],
  ['tariffs', 1],
])('search "%s" shows %i cards', async (query, n) => {
  renderWithI18n(<App api={fakeApi(three()).api} />);
  await ready();
  fireEvent.input(screen.getByTestId('dossier-search'), { target: { value: query } });
  await waitFor(() => expect(screen.getByTestId('dossier-count').textContent).toBe(`${n} of 3 saved cards`));
  expect(screen.getAllByTestId('dossier-entry')).toHaveLength(n);
});

test.each([
  ['en', 'not json', 'The file is not JSON. Nothing was changed.'],
  ['hi', 'not json', 'यह फ़ाइल JSON नहीं है। कुछ भी नहीं बदला गया।'],
  ['hi', '{"format":"kootniti-dossier","version":9,"cards":[]}', 'यह फ़ाइल कूटनीति के नए संस्करण से बनी है: पहले कूटनीति अपडेट करें। कुछ भी नहीं बदला गया।'],
] as const)('%s: a refused import says why and writes nothing', async (lang, text, said) => {
  const { api } = fakeApi(three());
  renderWithI18n(<App api={api} />, lang);
  await ready();
  upload(text);
  await waitFor(() => expect(screen.getByTestId('dossier-status').textContent).toBe(said));
  expect(api.put).not.toHaveBeenCalled();
});

test('delete all asks first; import brings the export back without duplicates', async () => {
  const { api, downloads } = fakeApi(three());
  renderWithI18n(<App api={api} />);
  await ready();
  fireEvent.click(screen.getByTestId('export-json'));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]?.name).toMatch(/^kootniti-dossier-\d{4}-\d{2}-\d{2}\.json$/);
  fireEvent.click(screen.getByTestId('delete-all'));
  expect(screen.getByText('Delete all 3 saved cards? This cannot be undone.')).toBeTruthy();
  fireEvent.click(screen.getByTestId('delete-all-confirm'));
  await screen.findByTestId('dossier-empty');
  upload(downloads[0]!.text);
  await waitFor(() => expect(screen.getByTestId('dossier-status').textContent).toBe('Imported: 3 new, 0 updated, 0 already there.'));
  expect((await ready()).textContent).toBe('3 of 3 saved cards');
  upload(dossierJson(three(), 0));
  await waitFor(() => expect(screen.getByTestId('dossier-status').textContent).toBe('Imported: 0 new, 0 updated, 3 already there.'));
});

test.each([
  ['en', 'Delete', 'Yes, delete', 'Cancel', 'Deleted “', '2 of 2 saved cards'],
  ['hi', 'हटाएँ', 'हाँ, हटाएँ', 'रद्द करें', '” हटा दिया गया।', '2 में से 2'],
] as const)('%s: Delete on a card asks in place, Cancel keeps it, then it is deleted and counted out', async (lang, button, confirm, cancel, said, count) => {
  const { api, cards } = fakeApi(three());
  renderWithI18n(<App api={api} />, lang);
  await ready();
  const first = screen.getAllByTestId('dossier-entry')[0]!;
  const title = first.querySelector('h3')!.textContent!;
  const ask = () => first.querySelector<HTMLButtonElement>('[data-testid="delete-card"]')!;
  expect(ask().textContent).toBe(button);
  expect(ask().getAttribute('aria-label')).toContain(title);
  fireEvent.click(ask());
  // The question names the card, and focus moves to its answer; Cancel brings it back to Delete.
  expect(first.querySelector('[data-testid="delete-card-question"]')!.textContent).toContain(title);
  await waitFor(() => expect(document.activeElement?.textContent).toBe(confirm));
  fireEvent.click(screen.getByText(cancel));
  await waitFor(() => expect(document.activeElement).toBe(ask()));
  expect(api.delete).not.toHaveBeenCalled();
  fireEvent.click(ask());
  fireEvent.click(screen.getByTestId('delete-card-confirm'));
  await waitFor(() => expect(screen.getByTestId('dossier-status').textContent).toContain(said));
  expect(screen.getByTestId('dossier-status').textContent).toContain(title);
  expect(api.delete).toHaveBeenCalledTimes(1);
  expect(cards.size).toBe(2);
  expect(screen.getAllByTestId('dossier-entry').map((e) => e.querySelector('h3')!.textContent)).not.toContain(title);
  expect(screen.getByTestId('dossier-count').textContent).toContain(count);
});

test('a file whose last card is bad is refused whole: the good cards before it are not written', async () => {
  const { api, cards } = fakeApi([]);
  renderWithI18n(<App api={api} />);
  await screen.findByTestId('dossier-empty');
  const base = cardOf('usTradeEn');
  const many: unknown[] = Array.from({ length: 300 }, (_, i) => ({ ...base, url: `https://news.example/story/${i}` }));
  many.push({ ...base, savedAt: 'yesterday' });
  upload(dossierJson(many as SavedCard[], 0));
  await waitFor(() =>
    expect(screen.getByTestId('dossier-status').textContent).toMatch(/^A card in the file is not valid \(Card 301: .*\)\. Nothing was changed\.$/),
  );
  expect(cards.size).toBe(0);
});

test('a large import shows its progress before it is done', async () => {
  const { api } = fakeApi([]);
  renderWithI18n(<App api={api} />);
  await screen.findByTestId('dossier-empty');
  const base = cardOf('usTradeEn');
  const many = Array.from({ length: 600 }, (_, i) => ({ ...base, url: `https://news.example/story/${i}` }));
  const said: string[] = [];
  const status = screen.getByTestId('dossier-status');
  new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  upload(dossierJson(many, 0));
  await waitFor(() => expect(status.textContent).toBe('Imported: 600 new, 0 updated, 0 already there.'));
  expect(said).toEqual(
    expect.arrayContaining([
      'Checking and importing… 0 of 600 cards',
      'Checking and importing… 250 of 600 cards',
      'Checking and importing… 500 of 600 cards',
      'Checking and importing… 600 of 600 cards',
    ]),
  );
});

test('Share as image on a card asks the page for that card by its address; no button without a share function', async () => {
  const { api } = fakeApi(three());
  const shareCard = vi.fn(async () => 'downloaded' as const);
  renderWithI18n(<App api={{ ...api, shareCard }} initialThread="pair:India|United States" />);
  await ready();
  fireEvent.click(screen.getByTestId('share-image'));
  await waitFor(() => expect(shareCard).toHaveBeenCalledWith(cardOf('usTradeEn').url));
  cleanup();
  renderWithI18n(<App api={api} />);
  await ready();
  expect(screen.queryByTestId('share-image')).toBeNull();
});
