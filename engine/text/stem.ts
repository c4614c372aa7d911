/** Light stemmers for matching: English inflection and Hindi suffixes. Stems are keys, not words. */

// Longest suffixes first. Nouns, adjectives (-इक), and the common verb/participle endings.
const HINDI_SUFFIXES = [
  'ाइयों',
  'ाइयां',
  'ियों',
  'ियां',
  'ाओं',
  'ाएं',
  'ाएँ',
  'ुओं',
  'ुएं',
  'ताओं',
  'ियाँ',
  'ाना',
  'ाने',
  'ानी',
  'ाता',
  'ाती',
  'ाते',
  'ाया',
  'ाये',
  'ाई',
  'ाए',
  'ाओ',
  'ीय',
  'िक',
  'ीकरण',
  'ों',
  'ें',
  'ां',
  'ीं',
  'ता',
  'ती',
  'ते',
  'ना',
  'नी',
  'ने',
  'ी',
  'े',
  'ा',
  'ि',
  'ु',
  'ू',
  'ो',
  'ं',
].sort((a, b) => b.length - a.length);

/**
 * Minimum code points a Hindi stem keeps. Two is too few: सेना would become से ("from") and
 * कला would become कल ("tomorrow"), turning nouns into function words.
 */
const HINDI_MIN = 3;

/** Strips one common Hindi inflectional or derivational suffix (व्यापारियों, व्यापारिक → व्यापार). */
export function stemHindi(word: string): string {
  // Devanagari is in the BMP, so string length counts code points.
  for (const suf of HINDI_SUFFIXES) {
    if (word.length - suf.length >= HINDI_MIN && word.endsWith(suf)) return word.slice(0, -suf.length);
  }
  return word;
}

/** Light English stemmer: plural, -ed, -ing, possessive, and a trailing -e (trade/traded/trading → trad). */
export function stemEnglish(word: string): string {
  let w = word.replace(/'s$|'$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|us|is)$/.test(w)) {
    // glass, status, crisis: not plurals
  } else if (/(?:sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));

  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

// planned → plann → plan; but "fall" and "pass" keep their double letter.
function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

/** Empties the stem memo (benchmarks use it to measure a cold article). */
export function clearStemCache(): void {
  stemCache.clear();
}

/** Stems a normalised token by its script (memoised: news repeats its words). */
export function stem(token: string): string {
  let out = stemCache.get(token);
  if (out === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    const code = token.charCodeAt(0);
    out = code >= 0x0900 && code <= 0x097f ? stemHindi(token) : stemEnglish(token);
    stemCache.set(token, out);
  }
  return out;
}
