/**
 * Retention: which saved cards a "keep N days" or "keep N cards" rule lets go. Both rules can be
 * set (a card stays only when both keep it); 0 means no limit. By when a card was saved (a card
 * saved today about an old article stays). Pure.
 */

/** The reader's rule: days and cards to keep, 0 for no limit. */
export interface RetentionRule {
  keepDays: number;
  keepCards: number;
}

/** What the rule needs of a saved card. */
export interface Saved {
  url: string;
  savedAt: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whether the rule can delete anything at all. */
export function hasLimit(rule: RetentionRule): boolean {
  return rule.keepDays > 0 || rule.keepCards > 0;
}

/** The addresses of the cards the rule lets go at `now`: older than keepDays, or past the newest keepCards. */
export function expired(saved: readonly Saved[], rule: RetentionRule, now: number): string[] {
  if (!hasLimit(rule)) return [];
  const out = new Set<string>();
  if (rule.keepDays > 0) {
    const since = now - rule.keepDays * DAY;
    for (const s of saved) if (s.savedAt < since) out.add(s.url);
  }
  if (rule.keepCards > 0 && saved.length > rule.keepCards) {
    // Newest saves first; equal times by address, so the same cards go on every run.
    const order = [...saved].sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    for (const s of order.slice(rule.keepCards)) out.add(s.url);
  }
  return [...out];
}
