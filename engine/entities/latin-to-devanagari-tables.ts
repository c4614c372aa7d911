/**
 * The spelling tables of latinToDevanagari (latin-to-devanagari.ts): conventional spellings, letter
 * names, fixed word beginnings and endings, consonant spellings and vowel groups. Data only; the
 * rules that read them are in latin-to-devanagari.ts.
 */

/** Conventional spellings (lower-case Latin word → Devanagari). */
export const EXCEPTIONS: Record<string, string> = {
  macron: 'मैक्रॉन',
  george: 'जॉर्ज',
  thailand: 'थाईलैंड',
  michael: 'माइकल',
  david: 'डेविड',
  james: 'जेम्स',
  charles: 'चार्ल्स',
  xi: 'शी',
  singh: 'सिंह',
  trump: 'ट्रंप',
  putin: 'पुतिन',
  europe: 'यूरोप',
  paul: 'पॉल',
  mark: 'मार्क',
  rubio: 'रुबियो',
  mohammed: 'मोहम्मद',
  mohammad: 'मोहम्मद',
  muhammad: 'मुहम्मद',
  ali: 'अली',
  i: 'आई',
  albanese: 'अल्बनीज़',
  anthony: 'एंथनी',
  thomas: 'थॉमस',
  rutte: 'रुटे',
  keir: 'कीर',
  chris: 'क्रिस',
  daniel: 'डेनियल',
};

/** Letter names, for initials ("S.") and short acronyms ("UN"). */
export const LETTERS: Record<string, string> = {
  a: 'ए',
  b: 'बी',
  c: 'सी',
  d: 'डी',
  e: 'ई',
  f: 'एफ',
  g: 'जी',
  h: 'एच',
  i: 'आई',
  j: 'जे',
  k: 'के',
  l: 'एल',
  m: 'एम',
  n: 'एन',
  o: 'ओ',
  p: 'पी',
  q: 'क्यू',
  r: 'आर',
  s: 'एस',
  t: 'टी',
  u: 'यू',
  v: 'वी',
  w: 'डब्ल्यू',
  x: 'एक्स',
  y: 'वाई',
  z: 'ज़ेड',
};

/** Word endings with a fixed reading (longest first). */
export const ENDINGS: readonly [string, string][] = [
  ['lands', 'लैंड्स'],
  ['land', 'लैंड'],
  ['stan', 'स्तान'],
  ['ius', 'ियस'],
  ['ham', 'हम'],
  ['tion', 'शन'],
  ['sion', 'शन'],
  ['son', 'सन'],
  ['ton', 'टन'],
  ['ev', 'ेव'],
];

/** Consonant spellings, longest first; `c` and `g` are decided by the next letter. */
export const CONSONANTS: readonly [string, string][] = [
  ['sch', 'श'],
  ['tch', 'च'],
  ['chr', 'क्र'],
  ['sh', 'श'],
  ['ch', 'च'],
  ['dh', 'ध'],
  ['bh', 'भ'],
  ['th', 'थ'],
  ['ph', 'फ़'],
  ['kh', 'ख़'],
  ['gh', 'घ'],
  ['zh', 'झ'],
  ['ck', 'क'],
  ['qu', 'क्व'],
  ['b', 'ब'],
  ['c', 'क'],
  ['d', 'ड'],
  ['f', 'फ़'],
  ['g', 'ग'],
  ['h', 'ह'],
  ['j', 'ज'],
  ['k', 'क'],
  ['l', 'ल'],
  ['m', 'म'],
  ['n', 'न'],
  ['p', 'प'],
  ['q', 'क'],
  ['r', 'र'],
  ['s', 'स'],
  ['t', 'ट'],
  ['v', 'व'],
  ['w', 'व'],
  ['x', 'क्स'],
  ['y', 'य'],
  ['z', 'ज़'],
];

/** A vowel's written forms: independent (word-initial) and as a matra; '' is the inherent schwa. */
export interface VowelForm {
  indep: string;
  matra: string;
  /** Letters written after the matra (the या of "-ia", the ई of "Dubai"). */
  tail?: string;
}

/** A vowel's forms; `tail` only when there is one. */
export const V = (indep: string, matra: string, tail?: string): VowelForm => ({ indep, matra, ...(tail ? { tail } : {}) });
/** The inherent vowel: अ at the start of a word, no matra after a consonant. */
export const SCHWA = V('अ', '');

/** Fixed readings of vowel groups; single vowels are decided in context by `vowelForm`. */
export const GROUPS: Record<string, VowelForm> = {
  aa: V('आ', 'ा'),
  ae: V('ए', 'े'),
  ao: V('आओ', 'ाओ'),
  au: V('औ', 'ौ'),
  ay: V('ए', 'े'),
  ai: V('ऐ', 'ै'),
  ea: V('ई', 'ी'),
  ee: V('ई', 'ी'),
  ei: V('ए', 'े', 'ई'),
  eo: V('इ', 'ि', 'यो'),
  eu: V('यू', 'यू'),
  ey: V('ए', 'े'),
  ia: V('इ', 'ि', 'या'),
  ie: V('ई', 'ी'),
  ii: V('ई', 'ी'),
  io: V('इ', 'ि', 'यो'),
  iu: V('इ', 'ि', 'यु'),
  oa: V('ओ', 'ो'),
  oe: V('ओ', 'ो'),
  oi: V('ऑ', 'ॉ', 'य'),
  oo: V('ऊ', 'ू'),
  ou: V('ऊ', 'ू'),
  ow: V('ओ', 'ो'),
  oy: V('ऑ', 'ॉ', 'य'),
  ua: V('उ', 'ु', 'आ'),
  ue: V('ऊ', 'ू'),
  ui: V('उ', 'ु', 'ई'),
  uo: V('उ', 'ु', 'ओ'),
};

/** Word beginnings with a fixed reading: Mc/Mac (McGuinty), an opening "au" (Austria, Auckland). */
export const BEGINNINGS: readonly [RegExp, string][] = [
  [/^mc(?=[^aeiouy])/, 'मैक'],
  [/^au(?=[^aeiouyn])/, 'ऑ'],
];
