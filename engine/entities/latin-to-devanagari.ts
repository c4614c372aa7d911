/**
 * Readable Latin → Devanagari spelling of English and other foreign names, for a Hindi-first card.
 * Rule-based (digraphs, silent final -e, common endings, anusvara before stops, virama clusters)
 * plus a small table of conventional spellings no rule derives.
 */

/** Conventional spellings (lower-case Latin word → Devanagari). */
const EXCEPTIONS: Record<string, string> = {
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
const LETTERS: Record<string, string> = {
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
const ENDINGS: readonly [string, string][] = [
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
const CONSONANTS: readonly [string, string][] = [
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

const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';
const VOWEL_LETTERS = /[aeiouy]/;
const STOPS = /^(?:[bcdgkpqt]|ck|ch|kh|gh|ph|th)$/;

/** A vowel's written forms: independent (word-initial) and as a matra; '' is the inherent schwa. */
interface VowelForm {
  indep: string;
  matra: string;
  /** Letters written after the matra (the या of "-ia", the ई of "Dubai"). */
  tail?: string;
}

const V = (indep: string, matra: string, tail?: string): VowelForm => ({ indep, matra, ...(tail ? { tail } : {}) });
const SCHWA = V('अ', '');

/** Fixed readings of vowel groups; single vowels are decided in context by `vowelForm`. */
const GROUPS: Record<string, VowelForm> = {
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

interface Cons {
  latin: string;
  dev: string;
}

/** A word as alternating consonant groups and vowel groups: cons[0] vowel[0] cons[1] … cons[n]. */
interface Shape {
  cons: Cons[][];
  vowels: string[];
  /** Index in the word just after each vowel group. */
  ends: number[];
  /** The word is the stem before a fixed ending, so its last syllable is not final. */
  inner?: boolean;
}

function shape(word: string): Shape {
  const cons: Cons[][] = [[]];
  const vowels: string[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < word.length) {
    const ch = word[i]!;
    // "y" is a consonant before a vowel (Yunus, Goyal), else a vowel (Healey, Lynn, Yvette).
    const isVowel = ch === 'y' ? !VOWEL_LETTERS.test(word[i + 1] ?? '') : /[aeiou]/.test(ch);
    if (isVowel) {
      let j = i + 1;
      while (
        j < word.length &&
        (/[aeiou]/.test(word[j]!) ||
          (word[j] === 'y' && !VOWEL_LETTERS.test(word[j + 1] ?? '')) ||
          (word[j] === 'w' && !VOWEL_LETTERS.test(word[j + 1] ?? '') && word[j - 1] === 'o'))
      )
        j++;
      const group = word.slice(i, j);
      vowels.push(group);
      ends.push(j);
      cons.push([]);
      i = j;
      continue;
    }
    const hit = CONSONANTS.find(([l]) => word.startsWith(l, i));
    if (!hit) {
      i++;
      continue;
    }
    let dev = hit[1];
    if (hit[0] === 'c' && /[eiy]/.test(word[i + 1] ?? '')) dev = 'स';
    const group = cons[cons.length - 1]!;
    const last = group[group.length - 1];
    // Doubled letters are written once (Rutte, Kallas, Lammy).
    if (!(last && last.latin === hit[0])) group.push({ latin: hit[0], dev });
    i += hit[0].length;
  }
  return { cons, vowels, ends };
}

/** The reading of vowel group `k` of a word, in context. */
function vowelForm(s: Shape, k: number, word: string, silentE: boolean): VowelForm | null {
  const v = s.vowels[k]!;
  const before = s.cons[k]!;
  const after = s.cons[k + 1]!;
  const final = after.length === 0 && k === s.vowels.length - 1;
  const lastSyllable = k === s.vowels.length - 1 || (k === s.vowels.length - 2 && silentE);
  const closedFinal = !s.inner && lastSyllable && after.length === 1 && k === s.vowels.length - 1;
  const syllables = s.vowels.length - (silentE ? 1 : 0);
  const rest = word.slice(s.ends[k] ?? word.length);
  const doubled = /^(bb|cc|dd|ff|gg|ll|mm|nn|pp|rr|ss|tt|zz|ck)/.test(rest);
  const magicE = silentE && k === s.vowels.length - 2 && after.length === 1 && !doubled;

  if (v === 'e' && final && silentE) return null;
  if (v === 'ai' && after.length === 1 && after[0]!.latin === 'r' && closedFinal) return V('ए', 'े', 'य'); // Blair
  if (v === 'ai') return final ? V('ऐ', '', 'ई') : before.length ? V('ऐ', '', 'य') : V('ऐ', 'ै');
  if (v === 'ia' && closedFinal) return V('इ', 'ि', 'य'); // William
  if (v === 'ei' && !final) return V('ए', 'े', 'इ'); // Pereira
  if (v === 'ey' || v === 'y' || v === 'ie') return final ? V('ई', 'ी') : (GROUPS[v] ?? V('इ', 'ि'));
  if (v === 'ow' && !final) return V('आउ', 'ाउ');
  if (GROUPS[v]) return GROUPS[v]!;
  if (v.length > 1) {
    // Any other group: the first vowel as a matra, the rest as independent vowels.
    const first = vowelForm({ cons: [before, []], vowels: [v[0]!], ends: [1] }, 0, v[0]!, false) ?? SCHWA;
    const others = [...v.slice(1)].map((c) => vowelForm({ cons: [[], []], vowels: [c], ends: [1] }, 0, c, false)?.indep ?? '').join('');
    return { ...first, tail: (first.tail ?? '') + others };
  }
  const nasalStop = after.length > 1 && /^[nm]$/.test(after[0]!.latin) && !/^[yrlwh]$/.test(after[1]!.latin);
  switch (v) {
    case 'a':
      if (final) return V('आ', 'ा');
      if (magicE) return V('ए', 'े');
      if (k === 0 && before.length === 0) return V('अ', '');
      if (nasalStop && k > 0) return SCHWA; // Jaishankar
      if (closedFinal && syllables >= 3) return SCHWA;
      if (doubled || (after.length > 1 && /^[ckpbtdg]$/.test(after[0]!.latin) && /^[rl]$/.test(after[1]!.latin))) return V('ऐ', 'ै');
      return V('आ', 'ा');
    case 'e':
      if (final) return V('ए', 'े');
      if (magicE) return V('ई', 'ी'); // Steve, Pete
      if (closedFinal && syllables >= 2 && /^[nrlm]$/.test(after[0]!.latin)) return SCHWA; // Blinken, Starmer
      if (before.length > 0 && after.length > 1 && after[0]!.latin === 'r') return SCHWA; // Robert, Alberto, Bernard
      return V('ए', 'े');
    case 'i':
      if (final) return V('ई', 'ी');
      if (magicE) return V('आइ', 'ाइ');
      return V('इ', 'ि');
    case 'o':
      if (final) return V('ओ', 'ो');
      if (magicE) return V('ओ', 'ो');
      if (closedFinal && /^[nr]$/.test(after[0]!.latin) && syllables >= 2) return SCHWA; // Gordon, Victor
      if (doubled || (syllables === 1 && after.length >= 1 && after[0]!.latin !== 'n' && after[0]!.latin !== 'r') || /^(hn|st|sc|sk|x)/.test(rest))
        return V('ऑ', 'ॉ');
      return V('ओ', 'ो');
    case 'u':
      if (final) return V('ऊ', 'ू');
      if (magicE) return V('ऊ', 'ू');
      if (after.length > 1 && !/^[rl]$/.test(after[1]!.latin) && before.length > 0 && after[0]!.latin !== 'r') return SCHWA; // Hunt, Trump
      return V('उ', 'ु');
    default:
      return V('इ', 'ि');
  }
}

/** Whether two adjacent consonants inside a word are joined with a virama (else written bare). */
function joined(a: Cons, b: Cons, medial: boolean): boolean {
  if (!medial) return true;
  if (/^[yrlw]$/.test(b.latin)) return a.latin !== 'v' && a.latin !== 'w';
  if (a.latin === 'r' || a.latin === 'l' || a.latin === 's' || a.latin === 'sh') return true;
  return STOPS.test(a.latin) && STOPS.test(b.latin);
}

/** Writes one consonant group; `medial` when vowels sit on both sides. */
function writeCluster(group: readonly Cons[], medial: boolean, final: boolean): string {
  let out = '';
  // A final "h" after a vowel is silent (Sarah).
  if (final && group.length === 1 && group[0]!.latin === 'h') return '';
  group.forEach((c, i) => {
    const next = group[i + 1];
    if (!next) {
      out += c.dev;
      return;
    }
    // Anusvara for a nasal before a stop of its own place (Blinken, Trump), not Stoltenberg's n-b.
    if ((c.latin === 'n' && !/^(?:[bpmvwyrlh]|ph)$/.test(next.latin)) || (c.latin === 'm' && /^(?:[bp]|ph)$/.test(next.latin))) {
      out += ANUSVARA;
      return;
    }
    // A silent "h" after a vowel (John) is dropped.
    if (c.latin === 'h' && i === 0 && (medial || final)) return;
    out += c.dev + (joined(c, next, medial) ? VIRAMA : '');
  });
  return out;
}

/** Word beginnings with a fixed reading: Mc/Mac (McGuinty), an opening "au" (Austria, Auckland). */
const BEGINNINGS: readonly [RegExp, string][] = [
  [/^mc(?=[^aeiouy])/, 'मैक'],
  [/^au(?=[^aeiouyn])/, 'ऑ'],
];

function transliterateWord(word: string, inner = false): string {
  const lower = word.toLowerCase();
  const exception = EXCEPTIONS[lower];
  if (exception) return exception;
  if (lower === 'island' || lower === 'islands') return lower === 'island' ? 'आइलैंड' : 'आइलैंड्स';
  if (!inner && lower.length > 4) {
    for (const [re, dev] of BEGINNINGS) {
      const m = re.exec(lower);
      if (!m) continue;
      const rest = lower.slice(m[0].length);
      return dev + transliterateWord(rest);
    }
  }
  if (lower.length > 4) {
    for (const [latin, dev] of ENDINGS) {
      if (!lower.endsWith(latin)) continue;
      // "-land" follows a whole word (Switzer-land, Ice-land, Nether-lands).
      if (latin.startsWith('land')) return transliterateWord(lower.slice(0, -latin.length)) + dev;
      let stem = transliterateWord(lower.slice(0, -latin.length), true);
      // Inside a word a final long vowel of the stem reads short (Morrison), and n before t is anusvara (Clinton).
      stem = stem.replace(/ी$/, 'ि').replace(/ू$/, 'ु');
      if (latin === 'ton') stem = stem.replace(/न$/, ANUSVARA).replace(/स$/, `स${VIRAMA}`);
      return stem + dev;
    }
    // "-es" after a consonant cluster is a plain s (Charles, Marles).
    if (/[^aeiouy][^aeiouy]es$/.test(lower)) return `${transliterateWord(lower.slice(0, -2))}${VIRAMA}स`;
    // "-Ces" after one vowel keeps the silent e's reading, plus s (Gates, Jones).
    if (/[^aeiouy][aeiou][^aeiouyswx]es$/.test(lower)) return `${transliterateWord(lower.slice(0, -1))}${VIRAMA}स`;
  }
  const s: Shape = { ...shape(lower), inner };
  if (s.vowels.length === 0) return s.cons[0]!.map((c) => c.dev).join(VIRAMA);
  const lastV = s.vowels.length - 1;
  // Final -e is silent after a single consonant in a word with another vowel (Blake, Rose).
  const silentE = s.vowels[lastV] === 'e' && s.cons[lastV + 1]!.length === 0 && lastV > 0 && s.cons[lastV]!.length >= 1 && lower.length > 3;
  let out = '';
  for (let k = 0; k <= s.vowels.length; k++) {
    const group = s.cons[k]!;
    const initial = k === 0;
    const final = k === s.vowels.length;
    let written = writeCluster(group, !initial && !final, final);
    // "ge" at the end reads "j" (Serge, Page).
    if (final === false && k === lastV && silentE && group.length === 1 && group[0]!.latin === 'g') written = 'ज';
    out += written;
    if (k === s.vowels.length) break;
    const form = vowelForm(s, k, lower, silentE);
    if (!form) continue; // silent final e
    if (written === '') out += k === 0 ? form.indep : form.indep === 'अ' ? '' : form.indep;
    else out += form.matra;
    out += form.tail ?? '';
  }
  return out;
}

/**
 * Readable Devanagari spelling of a Latin-script name ("Blinken" → "ब्लिंकन"), word by word;
 * initials ("S.") become letter names, hyphens and spaces are kept, non-Latin text passes through.
 */
export function latinToDevanagari(name: string): string {
  const text = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return text.replace(/[A-Za-z][A-Za-z'’]*(\.)?/g, (m: string, dot: string | undefined) => {
    const letters = m.replace(/[.'’]/g, '');
    // Initials and short acronyms are spelled out (S., UN, G20).
    if ((dot && letters.length === 1) || (letters.length <= 3 && letters === letters.toUpperCase())) {
      return [...letters.toLowerCase()].map((c) => LETTERS[c] ?? c).join('') + (dot ?? '');
    }
    return transliterateWord(letters) + (dot ?? '');
  });
}
