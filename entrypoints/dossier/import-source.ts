/**
 * Where an import's steps come from: the import worker (import.worker.ts), or the page itself when
 * there is no worker, or from the step where a worker failed on. Either way the same steps
 * (engine/dossier/import-slices.ts), in order.
 */
import { type ImportStep, importSteps, isImportStep } from '../../engine/dossier/import-slices';
import type { ImportRequest } from './import.worker';

/** An import's steps, one at a time (null: no more), and how to stop making them. */
export interface ImportSource {
  next: () => Promise<ImportStep | null>;
  stop: () => void;
  /** How many cards the worker made ready (for the benchmark and the tests). */
  fromWorker: () => number;
}

/** The steps made in the page, from the slice starting at card `start` (the file read once, on the first step). */
export function pageSource(file: Blob, size: number, start = 0): ImportSource {
  let steps: Generator<ImportStep> | undefined;
  return {
    next: async () => {
      steps ??= importSteps(await file.text(), size, start);
      const step = steps.next();
      return step.done ? null : step.value;
    },
    stop: () => {
      steps?.return(undefined);
    },
    fromWorker: () => 0,
  };
}

/**
 * The steps made by the import worker, in order. If the worker cannot start, fails or sends
 * something that is not a step, the page makes the rest itself, from the first slice it has not had.
 */
export function workerSource(file: Blob, size: number, start: () => Worker = defaultWorker): ImportSource {
  const queue: (ImportStep | null)[] = [];
  let waiting: (() => void) | null = null;
  let fallback: ImportSource | null = null;
  let made = 0;
  // The first slice the worker has not sent: where the page takes over.
  let nextFrom = 0;
  let worker: Worker | null = null;
  const wake = () => {
    waiting?.();
    waiting = null;
  };
  const takeOver = () => {
    worker?.terminate();
    worker = null;
    fallback ??= pageSource(file, size, nextFrom);
    wake();
  };
  try {
    worker = start();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const step = event.data;
      if (step !== null && !isImportStep(step)) return takeOver();
      if (step && 'slice' in step) nextFrom = step.from + size;
      queue.push(step);
      wake();
    };
    worker.onerror = takeOver;
    worker.onmessageerror = takeOver;
    worker.postMessage({ file, size } satisfies ImportRequest);
  } catch {
    takeOver();
  }
  return {
    next: async () => {
      for (;;) {
        // Steps the worker sent before it failed still count; then the page goes on from there.
        if (queue.length) {
          const step = queue.shift() as ImportStep | null;
          if (step && 'slice' in step) made += step.slice.entries.length;
          if (step === null) worker?.terminate();
          return step;
        }
        if (fallback) return fallback.next();
        await new Promise<void>((resolve) => {
          waiting = resolve;
        });
      }
    },
    stop: () => {
      worker?.terminate();
      worker = null;
      fallback?.stop();
    },
    fromWorker: () => made,
  };
}

const defaultWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
