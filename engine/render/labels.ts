/** Small display helpers shared by the text renderers. */

/** "हिन्दी (hi)" / "English (en)". */
export function languageName(lang: string): string {
  return lang === 'hi' ? 'हिन्दी (hi)' : lang === 'en' ? 'English (en)' : lang;
}

/** A share as a whole percentage, never "0%" for a present topic. */
export function shareLabel(share: number): string {
  const pct = Math.round(share * 100);
  return pct === 0 && share > 0 ? '<1%' : `${pct}%`;
}

/** Translations to copy with the card: by sentence index (or 'title'), and where they came from. */
export interface CopiedTranslations {
  lines: Readonly<Record<string, string>>;
  /** Said once, in the footer: "on-device translation", "translated by llama3.1". */
  sourceLabel: string;
}

/** A bilingual pair as one string, `lead` first: "रक्षा · Defence" or "Defence · रक्षा". */
export function pairInOrder(pair: { en: string; hi: string }, lead: 'hi' | 'en', separator: string): string {
  const [first, second] = lead === 'hi' ? [pair.hi, pair.en] : [pair.en, pair.hi];
  return second && second !== first ? `${first}${separator}${second}` : first;
}
