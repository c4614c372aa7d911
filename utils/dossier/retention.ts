/** Applies the reader's retention rule (engine/dossier/retention.ts) to the stored cards. */
import { expired, hasLimit, type RetentionRule } from '../../engine/dossier/retention';
import { listStamps } from './read';
import { deleteCards } from './store';

/** Deletes the saved cards the rule lets go at `now` (one small getAll of the stamps); how many went. */
export async function applyRetention(rule: RetentionRule, now = Date.now()): Promise<number> {
  if (!hasLimit(rule)) return 0;
  const gone = expired(await listStamps(), rule, now);
  if (gone.length) await deleteCards(gone);
  return gone.length;
}
