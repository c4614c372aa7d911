/**
 * The import's worker: reads the file the page imports and makes each slice of its cards ready to
 * store (engine/dossier/import-slices.ts: checked, each card's text and entry), on the second
 * core, so the page's thread only writes. It sends every step, a refusal included, and stops.
 */
import { importSteps } from '../../engine/dossier/import-slices';

/** What the page sends: the file and the slice size. */
export interface ImportRequest {
  file: Blob;
  size: number;
}

addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  try {
    const { file, size } = event.data;
    for (const step of importSteps(await file.text(), size)) postMessage(step);
    // The end: no more steps.
    postMessage(null);
  } catch (e) {
    // Not a step: the page takes over (a promise rejected here would reach no handler of the page's).
    postMessage({ failed: e instanceof Error ? e.message : String(e) });
  }
});
