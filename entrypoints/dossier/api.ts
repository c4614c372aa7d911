/** What the dossier page is given (its store and the browser) and the small helpers of its actions. */
import type { MessageKey } from '../../components/i18n';
import type { DossierEntry } from '../../engine/dossier/entry';
import type { CardSlice } from '../../engine/dossier/import-slices';
import type { DossierSummary } from '../../engine/dossier/summary';
import type { ImportError } from '../../engine/dossier/transfer';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import type { ImportSource } from './import-source';

/** The store and the browser, as the page uses them. */
export interface DossierApi {
  list: () => Promise<{ entries: DossierEntry[]; skipped: number }>;
  /** The newest entries (of a thread) and the counts, for a first paint before `list` answers (optional). */
  first?: (thread: string | null, count: number) => Promise<{ entries: DossierEntry[]; summary: DossierSummary }>;
  /** The cards at these addresses that validate, each as its JSON text (what the export writes). */
  cardTexts: (urls: readonly string[], onProgress: (n: number) => void) => Promise<{ texts: string[] }>;
  savedAt: () => Promise<Map<string, number>>;
  /**
   * Writes cards in one transaction, slice by slice as `next` gives them ready to store (null: no
   * more); all or none: when `next` throws, nothing is written and the error is rethrown.
   */
  put: (next: () => CardSlice | null | Promise<CardSlice | null>, onProgress: (written: number) => void) => Promise<void>;
  /** An import file's steps, CHECK_SLICE cards at a time, made beside the page (absent: the page makes them). */
  importSteps?: (file: Blob) => ImportSource;
  deleteAll: () => Promise<void>;
  /** Deletes the saved cards at these addresses (their entries, stamps and counts with them). */
  delete: (urls: readonly string[]) => Promise<void>;
  usage: () => Promise<number | null>;
  /** Saves a file: its text, or its text in parts (joined in order). */
  download: (name: string, text: string | readonly string[], type: string) => void;
  /** Makes a saved card's image and shares or downloads it (absent: no Share button). */
  shareCard?: (url: string) => Promise<ShareOutcome>;
}

export const IMPORT_ERRORS: Record<ImportError, MessageKey> = {
  'too-large': 'dossier.import.tooLarge',
  'not-json': 'dossier.import.notJson',
  'not-dossier': 'dossier.import.notDossier',
  'newer-version': 'dossier.import.newerVersion',
  'too-many': 'dossier.import.tooMany',
  'invalid-card': 'dossier.import.invalidCard',
};

/** Thrown from an import's `put` slice to abort its transaction: the file was refused, with this reason. */
export class ImportRefused extends Error {
  constructor(readonly refusal: { error: ImportError; message: string }) {
    super(refusal.message);
  }
}

/** Cards checked (then handed to the store) between two redraws of the import's progress. */
export const CHECK_SLICE = 250;

/** Cards written to the JSON export between two redraws of its progress. */
export const EXPORT_SLICE = 1000;

/** For the benchmark: each step of an import or export as a performance measure ('kootniti:import-read'…). */
export function phases(of: string) {
  let start = performance.now();
  return (name: string) => {
    performance.measure(`kootniti:${of}-${name}`, { start });
    start = performance.now();
  };
}

/** The first and last millisecond of a day given as YYYY-MM-DD (undefined when none is given). */
export const dayStart = (day: string) => (day ? Date.parse(`${day}T00:00:00Z`) : undefined);
export const dayEnd = (day: string) => (day ? Date.parse(`${day}T23:59:59.999Z`) : undefined);

/** Resolves once what was just rendered has been painted (the frame after it, then the task after that frame). */
export const nextPaint = () => new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
