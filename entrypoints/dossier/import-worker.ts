/** Starts the import's worker (words.worker.ts) on a file: the page's side of it is an ImportWords. */
import { ImportWords } from '../../engine/dossier/import-words';
import type { WordsRequest } from './words.worker';

/**
 * The words of the file's cards as the worker makes them, and how to stop it. Without a worker (it
 * cannot start, or fails) the words just do not come, and the store makes each card's itself.
 */
export function startImportWords(file: Blob, slice: number): { words: ImportWords; stop: () => void } {
  const words = new ImportWords();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./words.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    words.stop();
    return { words, stop: () => {} };
  }
  worker.onmessage = (event) => words.receive(event.data);
  worker.onerror = () => words.stop();
  worker.onmessageerror = () => words.stop();
  worker.postMessage({ file, slice } satisfies WordsRequest);
  return {
    words,
    stop: () => {
      worker.terminate();
      words.stop();
    },
  };
}
