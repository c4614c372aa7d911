/**
 * An import's search words made beside the page (README, "The dossier"): the dossier's import
 * worker reads the same file as the page, and sends the entries' words of each slice of cards,
 * which the page would otherwise make between its IndexedDB writes. Pure.
 */
import type { SavedCard } from './record';
import { readSavedCard } from './record-fast';
import { entryWords } from './entry';

/** What the worker sends: the words of the file's cards from `from` on, or that it stopped. */
export type WordsMessage = { from: number; words: string[] } | { stopped: string };

/**
 * The entries' words of the file's card values from `from` up to `to`, each card read as the page
 * reads it (the same check and migration, so the same card); null from the first value that is not
 * a card (the page refuses the file itself, with the reason).
 */
export function sliceWords(values: readonly unknown[], from: number, to: number, memo: Map<string, string>): string[] | null {
  const out: string[] = [];
  for (let i = from; i < Math.min(to, values.length); i++) {
    const read = readSavedCard(values[i]);
    if (!read.ok) return null;
    out.push(entryWords(read.card, memo));
  }
  return out;
}

/**
 * The page's side: the words of the cards it checked, by position in the file, as the worker sends
 * them. `wordsOf(card)` is the worker's words for a card taken from the file; undefined when they
 * have not come (the store then makes them itself, as without a worker).
 */
export class ImportWords {
  private readonly byCard = new WeakMap<SavedCard, string>();
  private readonly slices = new Map<number, string[]>();
  private waiting: { from: number; resolve: () => void } | null = null;
  private stopped = false;
  /** How many cards were given the worker's words (for the benchmark and the tests). */
  paired = 0;

  /** Takes a message from the worker (anything else stops waiting for it). */
  receive(message: unknown): void {
    const m = message as Partial<{ from: unknown; words: unknown }> | null;
    if (m && typeof m.from === 'number' && Array.isArray(m.words) && m.words.every((w) => typeof w === 'string')) this.slices.set(m.from, m.words as string[]);
    else this.stop();
    if (this.waiting && (this.stopped || this.slices.has(this.waiting.from))) this.waiting.resolve();
  }

  /** No more words will come (the worker stopped or failed): every card left makes its own. */
  stop(): void {
    this.stopped = true;
    this.waiting?.resolve();
  }

  /** Resolves once the words of the slice starting at `from` have come, or none will. */
  ready(from: number): Promise<void> {
    if (this.stopped || this.slices.has(from)) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting = { from, resolve };
    });
  }

  /** Pairs the cards checked from `from` on (in file order) with the words sent for them. */
  pair(from: number, cards: readonly SavedCard[]): void {
    const words = this.slices.get(from);
    this.slices.delete(from);
    if (!words || words.length !== cards.length) return;
    cards.forEach((card, i) => this.byCard.set(card, words[i] as string));
    this.paired += cards.length;
  }

  /** The worker's words for a card paired from the file. */
  readonly wordsOf = (card: SavedCard): string | undefined => this.byCard.get(card);
}
