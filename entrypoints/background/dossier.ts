/**
 * Saving cards to the dossier: the card the background cached for a tab (never a card a page sent),
 * on the reader's "Save", or at once when auto-save is on. The store is utils/dossier/store.ts.
 */
import { coverageOf } from '@/engine/dossier/coverage';
import { makeSavedCard, canonicalUrl, type SavedTranslations } from '@/engine/dossier/record';
import { isSaved, readSummary } from '@/utils/dossier/read';
import { applyRetention } from '@/utils/dossier/retention';
import { saveCard } from '@/utils/dossier/store';
import { getSettings } from '@/utils/settings/store';
import type { CoverageResult, SaveCardResult, SummaryState } from '@/utils/protocol';
import { getCached } from './cache';

/** Saves a tab's cached card, with the reader's translations; says why when there is none to save. */
export async function saveTabCard(tabId: number, translations?: SavedTranslations): Promise<SaveCardResult> {
  const cached = await getCached(tabId);
  if (!cached?.state.ok) return { ok: false, reason: 'no-card', message: 'This tab has no card to save.' };
  return saveState(cached.state, translations);
}

/** Saves a card made now, when the reader turned auto-save on (page cards only: a selection is a fragment). */
export async function autoSaveCard(state: SummaryState, enabled: boolean): Promise<void> {
  if (!enabled || !state.ok || state.source !== 'page') return;
  await saveState(state);
}

async function saveState(state: Extract<SummaryState, { ok: true }>, translations?: SavedTranslations): Promise<SaveCardResult> {
  if (!canonicalUrl(state.url)) return { ok: false, reason: 'not-saveable', message: 'Only cards of web pages (http or https) can be saved.' };
  try {
    const card = makeSavedCard(state.summary, state.url, Date.now(), translations);
    await saveCard(card);
    // The reader's "keep N days / N cards": a failure here does not undo the save.
    await applyRetention(await getSettings()).catch(() => 0);
    return { ok: true, savedAt: card.savedAt, url: card.url };
  } catch (e) {
    return { ok: false, reason: 'failed', message: `The card could not be saved: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Earlier coverage of a tab's cached card: the dossier's counts (one small read), never a scan per card. */
export async function tabCoverage(tabId: number): Promise<CoverageResult> {
  try {
    const cached = await getCached(tabId);
    if (!cached?.state.ok || cached.state.source !== 'page') return { ok: false };
    const url = canonicalUrl(cached.state.url);
    const [counts, saved] = await Promise.all([readSummary(), url ? isSaved(url) : false]);
    const coverage = coverageOf(cached.state.summary, counts, saved);
    return coverage ? { ok: true, ...coverage } : { ok: false };
  } catch {
    return { ok: false };
  }
}
