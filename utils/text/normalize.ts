/** Text normalisation for matching (never for display): Devanagari variants, case, marks. */

const NUKTA = /\u093C/g;
const ZW = /[\u200B-\u200D\u2060\uFEFF]/g;
const CHANDRABINDU = /\u0901/g;
// A nasal consonant with virama before a stop is written either way: हिन्दी / हिंदी, सम्बन्ध / संबंध.
// (Not before य र ल व or sibilants: अन्य and सैन्य keep their न्.)
const NASAL_CLUSTER = /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u092D])/g;
// Danda-like and other punctuation Hindi text uses inside words is left to the tokenizer.

/**
 * Folds Hindi spelling variants to one form: nukta dropped (ज़ → ज), chandrabindu → anusvara,
 * nasal cluster → anusvara (सम्बन्ध → संबंध), zero-width joiners removed.
 */
export function normalizeHindi(text: string): string {
  return text
    .normalize('NFD')
    .replace(NUKTA, '')
    .normalize('NFC')
    .replace(ZW, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(NASAL_CLUSTER, '\u0902');
}

/** Lower-cases and folds Latin diacritics and typographic apostrophes. */
export function normalizeLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase();
}

/** Normalises any mix of Devanagari and Latin text for matching. */
export function normalizeForMatch(text: string): string {
  return normalizeLatin(normalizeHindi(text));
}

/** True when the string contains a Devanagari letter. */
export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}
