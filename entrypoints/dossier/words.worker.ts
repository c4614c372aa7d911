/**
 * The import's worker: reads the file the page imports and sends the entries' words of each slice
 * of its cards (engine/dossier/import-words.ts), on the second core while the page checks and
 * writes. It refuses nothing: the page reads the same file and words every refusal.
 */
import { sliceWords, type WordsMessage } from '../../engine/dossier/import-words';
import { readDossierFile } from '../../engine/dossier/transfer';

/** What the page sends: the file and the slice size it checks cards by. */
export interface WordsRequest {
  file: Blob;
  slice: number;
}

const post = (message: WordsMessage) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WordsRequest>) => {
  try {
    const { file, slice } = event.data;
    const envelope = readDossierFile(await file.text());
    if (!envelope.ok) return post({ stopped: envelope.error });
    const memo = new Map<string, string>();
    for (let from = 0; from < envelope.values.length; from += slice) {
      const words = sliceWords(envelope.values, from, from + slice, memo);
      if (!words) return post({ stopped: 'invalid-card' });
      post({ from, words });
    }
    post({ stopped: 'done' });
  } catch (e) {
    post({ stopped: e instanceof Error ? e.message : String(e) });
  }
});
