/**
 * An import file made ready to store, a slice at a time: each slice's cards checked (and migrated),
 * and for each its address, its JSON text and its dossier entry (search words included), which is
 * all the store writes. The dossier's import worker runs this beside the page (README, "Saved cards
 * and the dossier"), so the page only writes; without a worker the page runs it itself. The first
 * card that does not check refuses the whole file, with the reason. Pure.
 */
import { type DossierEntry, entryOf } from './entry';
import { textOf } from './packs';
import type { SavedCard } from './record';
import { checkCards, type ImportError, readDossierFile } from './transfer';

/** Cards ready to store, in file order: each one's JSON text and entry (the entry has its address and times). */
export interface CardSlice {
  texts: string[];
  entries: DossierEntry[];
}

/** One step of an import: the slice of cards from `from` (of `total`), or why the file is refused. */
export type ImportStep = { from: number; total: number; slice: CardSlice } | { refused: { error: ImportError; message: string } };

/** Saved cards made ready to store (a save, or a test); `memo` shares word normalisations across cards. */
export function cardSlice(cards: readonly SavedCard[], memo?: Map<string, string>): CardSlice {
  return { texts: cards.map(textOf), entries: cards.map((card) => entryOf(card, memo)) };
}

/**
 * The steps of importing the file `text`, `size` cards a slice, from the slice starting at card `start` (a
 * worker that stopped is taken over where it left off). A refusal is the last step.
 */
export function* importSteps(text: string, size: number, start = 0): Generator<ImportStep> {
  const envelope = readDossierFile(text);
  if (!envelope.ok) {
    yield { refused: { error: envelope.error, message: envelope.message } };
    return;
  }
  const { values } = envelope;
  const memo = new Map<string, string>();
  for (let from = start; from < values.length; from += size) {
    const cards: SavedCard[] = [];
    const refused = checkCards(values, cards, from, from + size);
    if (refused && !refused.ok) {
      yield { refused: { error: refused.error, message: refused.message } };
      return;
    }
    yield { from, total: values.length, slice: cardSlice(cards, memo) };
  }
}

/** Whether a value (a worker's message) is an import step as `importSteps` makes them: the shape, not the entries' contents. */
export function isImportStep(x: unknown): x is ImportStep {
  const s = x as Partial<{ from: unknown; total: unknown; slice: Partial<CardSlice>; refused: Partial<{ error: unknown; message: unknown }> }> | null;
  if (!s || typeof s !== 'object') return false;
  if (s.refused) return typeof s.refused.error === 'string' && typeof s.refused.message === 'string';
  const slice = s.slice;
  return (
    typeof s.from === 'number' &&
    typeof s.total === 'number' &&
    !!slice &&
    Array.isArray(slice.texts) &&
    Array.isArray(slice.entries) &&
    slice.texts.length === slice.entries.length &&
    slice.texts.every((t) => typeof t === 'string')
  );
}
