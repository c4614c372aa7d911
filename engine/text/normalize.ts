/** Text normalisation for matching (never for display): Devanagari variants, case, marks. */

const NUKTA = /\u093C/g;
// Invisible format characters: zero-width space and joiners, word joiner, BOM, soft hyphen, and
// the bidi marks, embeddings, overrides and isolates. A page can slip them inside words.
const ZW = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const CHANDRABINDU = /\u0901/g;
// A nasal consonant with virama before a stop is written either way: हिन्दी / हिंदी, सम्बन्ध / संबंध.
// (Not before य र ल व or sibilants: अन्य and सैन्य keep their न्.)
const NASAL_CLUSTER = /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u092D])/g;
// Danda-like and other punctuation Hindi text uses inside words is left to the tokenizer.

/**
 * Folds Hindi spelling variants to one form: nukta dropped (ज़ → ज), chandrabindu → anusvara,
 * nasal cluster → anusvara (सम्बन्ध → संबंध), invisible format characters removed.
 */
export function normalizeHindi(text: string): string {
  return text.normalize('NFD').replace(NUKTA, '').normalize('NFC').replace(ZW, '').replace(CHANDRABINDU, '\u0902').replace(NASAL_CLUSTER, '\u0902');
}

/** The text without its invisible format characters (for matching and detection, never display). */
export function stripInvisible(text: string): string {
  return text.replace(ZW, '');
}

/** Lower-cases and folds Latin diacritics and typographic apostrophes. */
export function normalizeLatin(text: string): string {
  return text
    .replace(ZW, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase();
}

// True when normalizeForMatch leaves the text as it is, apart from ASCII case: ASCII, and
// Devanagari with nothing to fold (no nukta or nukta letter, chandrabindu, Vedic accent that
// normalisation could reorder, nor nasal + virama cluster).
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x900 || c > 0x97f) return false;
    if (c === 0x901 || c === 0x93c || c === 0x929 || c === 0x931 || c === 0x934) return false;
    if ((c >= 0x958 && c <= 0x95f) || (c >= 0x951 && c <= 0x954)) return false;
    if (c === 0x94d) {
      const prev = text.charCodeAt(i - 1);
      if (prev === 0x919 || prev === 0x91e || prev === 0x923 || prev === 0x928 || prev === 0x92e) return false;
    }
  }
  return true;
}

/** Normalises any mix of Devanagari and Latin text for matching. */
export function normalizeForMatch(text: string): string {
  // The common word needs no Unicode normalisation, which is costly.
  if (isPlain(text)) return text.toLowerCase();
  return normalizeLatin(normalizeHindi(text));
}

/** True when the string contains a Devanagari letter. */
export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}
