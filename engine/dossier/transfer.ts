/**
 * The dossier as JSON (export), and a JSON file read back (import): documented and versioned (see
 * README, "The dossier file"). An import file is hostile until proven otherwise: it is refused
 * whole (with a reason) unless every card in it is valid, so a bad file never changes what is
 * stored. Cards merge by address: one card per page, the newer save kept. Pure.
 */
import type { SavedCard } from './record';
import { readSavedCard } from './record-fast';

/** The file's format name and version. */
export const DOSSIER_FORMAT = 'kootniti-dossier';
export const DOSSIER_FILE_VERSION = 1;
/** Largest file read (characters) and most cards in one. */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
export const MAX_IMPORT_CARDS = 50_000;

/** The exported file. */
export interface DossierFile {
  format: typeof DOSSIER_FORMAT;
  version: typeof DOSSIER_FILE_VERSION;
  exportedAt: string;
  count: number;
  cards: SavedCard[];
}

/** The export: every card given, as they are stored (the current record version). */
export function dossierJson(cards: readonly SavedCard[], exportedAt: number): string {
  const texts = cards.map((card) => JSON.stringify(card));
  return [dossierJsonHead(cards.length, exportedAt), dossierJsonTexts(texts, 0, texts.length), DOSSIER_JSON_TAIL].join('');
}

/** The export's text before its cards (the same file as dossierJson, written in parts). */
export function dossierJsonHead(count: number, exportedAt: number): string {
  const head = JSON.stringify({ format: DOSSIER_FORMAT, version: DOSSIER_FILE_VERSION, exportedAt: new Date(exportedAt).toISOString(), count, cards: [] });
  return head.slice(0, -2);
}

/**
 * The cards from `from` to `to`, given as each card's JSON text (the store keeps them as text),
 * as the export writes them: comma-led after the first.
 */
export function dossierJsonTexts(texts: readonly string[], from: number, to: number): string {
  const out = texts.slice(from, to);
  return (from > 0 && out.length ? ',' : '') + out.join(',');
}

/** The export's text after its cards. */
export const DOSSIER_JSON_TAIL = ']}';

/** Why an import file was refused (the UI words each code in both languages; `message` adds the detail in English). */
export type ImportError = 'too-large' | 'not-json' | 'not-dossier' | 'newer-version' | 'too-many' | 'invalid-card';

/** A file's cards, or why it was refused. */
export type ImportResult = { ok: true; cards: SavedCard[] } | { ok: false; error: ImportError; message: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An import file whose envelope is sound: its card values, not yet validated. */
export type FileEnvelope = { ok: true; values: unknown[] } | { ok: false; error: ImportError; message: string };

/** Reads an import file's envelope (size, JSON, format, version, count); the cards are checked by `checkCards`. */
export function readDossierFile(text: string): FileEnvelope {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'too-large', message: `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB.` };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: 'not-json', message: `The file is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isRecord(data) || data.format !== DOSSIER_FORMAT || !Array.isArray(data.cards))
    return { ok: false, error: 'not-dossier', message: 'The file is not a Kootniti dossier export.' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return { ok: false, error: 'not-dossier', message: 'The file has no valid version.' };
  if (data.version > DOSSIER_FILE_VERSION)
    return { ok: false, error: 'newer-version', message: `The file was made by a newer Kootniti (file version ${data.version}).` };
  if (data.cards.length > MAX_IMPORT_CARDS) return { ok: false, error: 'too-many', message: `The file has more than ${MAX_IMPORT_CARDS} cards.` };
  return { ok: true, values: data.cards };
}

/** Validates (and migrates) the card values from `from` up to `to` into `into`; the first bad one refuses the file. */
export function checkCards(values: readonly unknown[], into: SavedCard[], from = 0, to = values.length): ImportResult | null {
  for (let i = from; i < Math.min(to, values.length); i++) {
    const parsed = readSavedCard(values[i]);
    if (!parsed.ok)
      return { ok: false, error: parsed.error === 'newer-version' ? 'newer-version' : 'invalid-card', message: `Card ${i + 1}: ${parsed.message}` };
    into.push(parsed.card);
  }
  return null;
}

/** Reads an import file: every card validated (and migrated from an older record version), or the whole file refused. */
export function parseDossierFile(text: string): ImportResult {
  const envelope = readDossierFile(text);
  if (!envelope.ok) return envelope;
  const cards: SavedCard[] = [];
  return checkCards(envelope.values, cards) ?? { ok: true, cards };
}

/** What an import would change: the cards to write, and how many are new, newer than what is stored, or not. */
export interface MergePlan<C = SavedCard> {
  put: C[];
  added: number;
  updated: number;
  unchanged: number;
}

/** What merging reads of a card: its address and when it was saved (a card, or its entry). */
type Saved = Pick<SavedCard, 'url' | 'savedAt'>;

/**
 * Merges imported cards into the stored ones by address: a new address is added; a known one is
 * replaced only by a newer save. Repeats inside the file count once (the newest).
 */
export function planMerge<C extends Saved>(stored: ReadonlyMap<string, number>, incoming: readonly C[]): MergePlan<C> {
  const newest = new Map<string, C>();
  for (const card of incoming) {
    const seen = newest.get(card.url);
    if (!seen || card.savedAt > seen.savedAt) newest.set(card.url, card);
  }
  const plan: MergePlan<C> = { put: [], added: 0, updated: 0, unchanged: 0 };
  for (const card of newest.values()) {
    const savedAt = stored.get(card.url);
    if (savedAt === undefined) plan.added++;
    else if (card.savedAt > savedAt) plan.updated++;
    else {
      plan.unchanged++;
      continue;
    }
    plan.put.push(card);
  }
  plan.unchanged += incoming.length - newest.size;
  return plan;
}

/**
 * planMerge one card at a time, for an import written while it is read: `take(card)` says whether
 * to write it now (a new address, or a newer save than both the stored card and any earlier one in
 * the file). Writing every card it takes, in order, leaves the store as writing planMerge's `put`
 * would (a repeat may be written twice; the last write is planMerge's card).
 */
export function mergeStream(stored: ReadonlyMap<string, number>): (card: Saved) => boolean {
  const seen = new Map<string, number>();
  return (card) => {
    const before = seen.get(card.url) ?? stored.get(card.url);
    if (before !== undefined && card.savedAt <= before) return false;
    seen.set(card.url, card.savedAt);
    return true;
  };
}
