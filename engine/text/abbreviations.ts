/** Abbreviation data for sentence repair, kept apart from the segmentation method. */

/** Latin titles and abbreviations that never end a sentence: "Dr. Rao", "Mr. Lavrov". */
export const LATIN_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'brig',
  'rep', 'sen', 'gov', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'v', 'smt', 'shri',
  'amb', 'supt', 'insp', 'dept', 'est', 'approx', 'cf', 'al',
]);

/** Abbreviations that end a sentence only when no number follows: "No. 10", "Art. 370". */
export const LATIN_BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'vol', 'fig', 'pp', 'p', 'sec', 'ch', 'para', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rs', 'op',
]);

/** Abbreviations that end a sentence only when a lower-case word follows: "Tata Sons Ltd. said". */
export const LATIN_BEFORE_LOWER = new Set([
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'etc', 'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'e.u', 'u.a.e', 'u.s.a', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/** Initialisms that never end a sentence: "H.E. Mr. Milei", "e.g. oil". */
export const NEVER_FINAL_INITIALISMS = new Set(['h.e', 'h.h', 'h.r.h', 'e.g', 'i.e', 'viz', 'ph.d']);

/** Words that follow "U.S." or "U.N." inside a sentence: "the U.S. President said". */
export const AFTER_INITIALISM = new Set([
  'president', 'vice', 'secretary', 'senator', 'senate', 'ambassador', 'army', 'navy', 'air',
  'embassy', 'congress', 'officials', 'official', 'forces', 'treasury', 'state', 'department',
  'government', 'defense', 'defence', 'trade', 'representative', 'troops', 'special', 'envoy',
  'security', 'general', 'assembly', 'council', 'military', 'administration', 'dollar', 'dollars',
  'house', 'supreme', 'federal', 'mission', 'peacekeepers', 'peacekeeping', 'sanctions',
  'delegation', 'diplomats', 'diplomat', 'intelligence', 'marines', 'coast', 'commerce', 'charter',
  'chief', 'agency', 'agencies', 'economy', 'allies', 'ally',
]);

/**
 * Devanagari abbreviations and initials that never end a sentence: डॉ. (Dr.), श्री., प्रो., and the
 * names of Latin letters used as initials (एस. जयशंकर, पी. चिदंबरम).
 */
export const DEVANAGARI_ABBREVIATIONS = new Set([
  'डॉ', 'डा', 'श्री', 'श्रीमती', 'प्रो', 'ले', 'जन', 'कर्नल', 'मे', 'कैप्टन', 'सं', 'क्र', 'पृ', 'ई', 'सी',
  'ए', 'बी', 'डी', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस',
  'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड', 'ज़ेड', 'डब्लू',
]);
