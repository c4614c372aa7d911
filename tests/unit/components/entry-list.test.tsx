// @vitest-environment happy-dom
/** The dossier's list of cards: a page at a time, and a card drawn again only when what it shows changes. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { EntryList, PAGE_SIZE } from '../../../components/dossier/EntryList';
import { I18nContext } from '../../../components/i18n';
import type { DossierEntry } from '../../../engine/dossier/entry';
import { allEntries } from '../../support/dossier-cards';
import { renderWithI18n } from './render';

afterEach(cleanup);

const many = (n: number): DossierEntry[] =>
  Array.from({ length: n }, (_, i) => ({ ...(allEntries()[i % 4] as DossierEntry), url: `https://news.example/${i}` }));
const cards = () => screen.getAllByTestId('dossier-entry');

test('draws the first page, and "more" says how many come next', () => {
  const onMore = vi.fn();
  renderWithI18n(<EntryList entries={many(PAGE_SIZE + 3)} limit={PAGE_SIZE} onMore={onMore} />);
  expect(cards()).toHaveLength(PAGE_SIZE);
  expect(screen.getByTestId('dossier-more').textContent).toBe('+3');
  fireEvent.click(screen.getByTestId('dossier-more'));
  expect(onMore).toHaveBeenCalledOnce();
});

test('a card both lists share keeps its element; new handlers are the ones a click calls; busy and language still redraw it', () => {
  const entries = many(6);
  const first = vi.fn();
  const later = vi.fn();
  const list = (shown: DossierEntry[], onDelete: (e: DossierEntry) => void, busy: boolean, lang: 'en' | 'hi' = 'en') => (
    <I18nContext.Provider value={{ t: (k: string) => k, lang } as never}>
      <EntryList entries={shown} limit={PAGE_SIZE} onMore={() => {}} onDelete={onDelete} busy={busy} />
    </I18nContext.Provider>
  );
  const { rerender } = render(list(entries.slice(0, 4), first, false));
  const kept = cards()[2];
  const keptTitle = kept?.querySelector('h3');
  // Another answer (a search) that still has entry 2, now first, and new functions from the page.
  rerender(list([entries[2] as DossierEntry, entries[5] as DossierEntry], later, false));
  expect(cards()).toHaveLength(2);
  expect(cards()[0]).toBe(kept);
  expect(cards()[0]?.querySelector('h3')).toBe(keptTitle);
  fireEvent.click(screen.getAllByTestId('delete-card')[0] as HTMLElement);
  fireEvent.click(screen.getByTestId('delete-card-confirm'));
  expect(first).not.toHaveBeenCalled();
  expect(later).toHaveBeenCalledWith(entries[2]);
  rerender(list([entries[2] as DossierEntry], later, true));
  expect((screen.getByTestId('delete-card') as HTMLButtonElement).disabled).toBe(true);
  const tags = cards()[0]?.querySelector('.tags')?.textContent;
  rerender(list([entries[2] as DossierEntry], later, true, 'hi'));
  expect(cards()[0]?.querySelector('.tags')?.textContent).toMatch(/[\u0900-\u097F]/);
  expect(cards()[0]?.querySelector('.tags')?.textContent).not.toBe(tags);
});
