/**
 * The import's steps from the import worker: handed on in file order, and taken over by the page
 * where the worker fails. The worker here runs the real step maker (engine/dossier/import-slices.ts).
 */
import { expect, test } from 'vitest';
import { type ImportStep, importSteps } from '../../../engine/dossier/import-slices';
import { dossierJson } from '../../../engine/dossier/transfer';
import type { ImportRequest } from '../../../entrypoints/dossier/import.worker';
import { type ImportSource, pageSource, workerSource } from '../../../entrypoints/dossier/import-source';
import { cardOf } from '../../support/dossier-cards';

const base = cardOf('usTradeEn');
const cards = Array.from({ length: 7 }, (_, i) => ({ ...base, url: `https://news.example/story/${i}` }));
const SIZE = 2;

/** A stand-in for the worker: posts the file's steps, then null, a task apart each; `failAt` makes it fail at that step. */
function fakeWorker(failAt = -1): () => Worker {
  return () => {
    const worker = {
      onmessage: null as ((e: MessageEvent<unknown>) => void) | null,
      onerror: null as (() => void) | null,
      onmessageerror: null,
      terminated: false,
      terminate() {
        this.terminated = true;
      },
      async postMessage({ file, size }: ImportRequest) {
        const text = await file.text();
        let n = 0;
        for (const step of [...importSteps(text, size), null]) {
          await new Promise((r) => setTimeout(r, 1));
          if (this.terminated) return;
          if (n++ === failAt) return this.onerror?.();
          this.onmessage?.({ data: step } as MessageEvent<unknown>);
        }
      },
    };
    return worker as unknown as Worker;
  };
}

async function drain(source: ImportSource): Promise<ImportStep[]> {
  const out: ImportStep[] = [];
  for (let step = await source.next(); step; step = await source.next()) out.push(step);
  return out;
}

const fileOf = (values: unknown[]) => new Blob([dossierJson(values as typeof cards, 0)]);
const sequential = async (blob: Blob) => drain(pageSource(blob, SIZE));

test('the worker: every slice once, in file order, as the page would make them', async () => {
  const blob = fileOf(cards);
  const source = workerSource(blob, SIZE, fakeWorker());
  expect(await drain(source)).toEqual(await sequential(blob));
  expect(source.fromWorker()).toBe(7);
});

test('a worker that fails: the page makes the rest from the first slice not sent', async () => {
  const blob = fileOf(cards);
  const source = workerSource(blob, SIZE, fakeWorker(2));
  expect(await drain(source)).toEqual(await sequential(blob));
  expect(source.fromWorker()).toBe(4);
});

test('a worker that sends what is not a step: the page takes over the same way', async () => {
  const blob = fileOf(cards);
  const source = workerSource(blob, SIZE, () => {
    const worker = fakeWorker()() as unknown as { postMessage: (r: ImportRequest) => void; onmessage: ((e: MessageEvent<unknown>) => void) | null };
    worker.postMessage = () => setTimeout(() => worker.onmessage?.({ data: { from: 0, nonsense: true } } as MessageEvent<unknown>), 1);
    return worker as unknown as Worker;
  });
  expect(await drain(source)).toEqual(await sequential(blob));
  expect(source.fromWorker()).toBe(0);
});

test('a bad card in the second slice: the slice before it, then the refusal', async () => {
  const blob = fileOf([...cards.slice(0, 3), { ...base, url: 'javascript:alert(1)' }, ...cards.slice(4)]);
  const steps = await drain(workerSource(blob, SIZE, fakeWorker()));
  expect(steps.map((s) => ('refused' in s ? 'refused' : s.from))).toEqual([0, 'refused']);
});

test('a file with no cards ends at once; one that is not a dossier is refused', async () => {
  expect(await drain(workerSource(fileOf([]), SIZE, fakeWorker()))).toEqual([]);
  const steps = await drain(workerSource(new Blob(['{']), SIZE, fakeWorker()));
  expect(steps).toHaveLength(1);
  expect(steps[0] && 'refused' in steps[0] ? steps[0].refused.error : null).toBe('not-json');
});

test('a worker that cannot start: the page makes every slice', async () => {
  const blob = fileOf(cards);
  const source = workerSource(blob, SIZE, () => {
    throw new Error('no workers here');
  });
  expect(await drain(source)).toEqual(await sequential(blob));
  expect(source.fromWorker()).toBe(0);
});
