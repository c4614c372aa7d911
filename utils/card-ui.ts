/**
 * The reader's choices on cards: the card's own (which sections are open, whether lines show their
 * terms and translations), and what is kept of them for the browser session in storage.session:
 * the two switches for every card, and the open sections per page. The stored value is untrusted:
 * its schema (valibot) keeps what is valid and puts the default in place of the rest. Pure.
 */
import * as v from 'valibot';
import type { TopicId } from '../engine/types';
import { lenientArray, lenientObject } from './lenient';
import { TopicIdSchema } from './settings/schema';

/** The reader's choices on a card, remembered for the browser session. */
export interface CardUi {
  /** Sections the reader opened. */
  expanded: TopicId[];
  /** Each line's terms and names shown. */
  terms: boolean;
  /** Translations shown under the lines (when a tier has them). */
  translations: boolean;
}

/** A card as it first opens: sections closed, terms on demand, translations shown. */
export const DEFAULT_CARD_UI: CardUi = { expanded: [], terms: false, translations: true };

/** Pages whose open sections are remembered; the oldest are forgotten first. */
export const MAX_REMEMBERED_PAGES = 50;

/** What is stored (`session:cardUi`): the two switches, and the open sections by page URL, oldest first. */
export const StoredCardUiSchema = lenientObject({
  terms: v.fallback(v.boolean(), DEFAULT_CARD_UI.terms),
  translations: v.fallback(v.boolean(), DEFAULT_CARD_UI.translations),
  expanded: v.fallback(
    v.pipe(
      lenientArray(v.tuple([v.string(), lenientArray(TopicIdSchema)])),
      v.transform((pages) => pages.slice(-MAX_REMEMBERED_PAGES)),
    ),
    () => [],
  ),
});
/** What is stored of the reader's choices. */
export type StoredCardUi = v.InferOutput<typeof StoredCardUiSchema>;

/** Reads a stored value (untrusted) into its shape; anything odd becomes the defaults. */
export function readStoredUi(value: unknown): StoredCardUi {
  return v.parse(StoredCardUiSchema, value);
}

/** The choices for the card of `page`, from what is stored. */
export function cardUiFor(stored: StoredCardUi, page: string | null): CardUi {
  const open = stored.expanded.find(([url]) => url === page)?.[1] ?? [];
  return { terms: stored.terms, translations: stored.translations, expanded: [...open] };
}

/** Stores a page's choices: the page moves to the newest end, and the list stays capped. */
export function writeStoredUi(stored: StoredCardUi, page: string, ui: CardUi): StoredCardUi {
  const expanded = stored.expanded.filter(([url]) => url !== page);
  if (ui.expanded.length) expanded.push([page, ui.expanded]);
  return { terms: ui.terms, translations: ui.translations, expanded: expanded.slice(-MAX_REMEMBERED_PAGES) };
}
