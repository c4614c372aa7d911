/**
 * Language identification for the two languages Kootniti summarises. Script first (Devanagari vs
 * Latin vs others), then function words to tell Hindi from Marathi/Nepali and English from other
 * Latin-script languages. Never throws: anything else is `{ lang: 'und' }` or its best code.
 */
import { stripInvisible } from './normalize';
import type { Lang } from '../types';

/** What the detector concluded. `supported` is true only for Hindi and English. */
export interface LanguageGuess {
  /** 'hi' | 'en', or another BCP 47 code (e.g. 'mr', 'ru', 'fr'), or 'und'. */
  lang: Lang | string;
  supported: boolean;
  /** Share of letters in the winning script, 0..1. Below ~0.7 the text is mixed. */
  confidence: number;
  /** True when both Devanagari and Latin letters are substantial (each ≥ 20 %). */
  mixed: boolean;
}

const SCRIPTS: [string, RegExp][] = [
  ['deva', /\p{Script=Devanagari}/u],
  ['latn', /\p{Script=Latin}/u],
  ['cyrl', /\p{Script=Cyrillic}/u],
  ['hani', /\p{Script=Han}/u],
  ['jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hang', /\p{Script=Hangul}/u],
  ['arab', /\p{Script=Arabic}/u],
  ['beng', /\p{Script=Bengali}/u],
  ['guru', /\p{Script=Gurmukhi}/u],
  ['gujr', /\p{Script=Gujarati}/u],
  ['taml', /\p{Script=Tamil}/u],
  ['telu', /\p{Script=Telugu}/u],
  ['knda', /\p{Script=Kannada}/u],
  ['mlym', /\p{Script=Malayalam}/u],
  ['grek', /\p{Script=Greek}/u],
  ['hebr', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
];
const SCRIPT_LANG: Record<string, string> = {
  cyrl: 'ru',
  hani: 'zh',
  jpan: 'ja',
  hang: 'ko',
  arab: 'ar',
  beng: 'bn',
  guru: 'pa',
  gujr: 'gu',
  taml: 'ta',
  telu: 'te',
  knda: 'kn',
  mlym: 'ml',
  grek: 'el',
  hebr: 'he',
  thai: 'th',
};

// Function words, each frequent in its language and rare in the others it is weighed against.
const DEVANAGARI_WORDS: Record<string, Set<string>> = {
  hi: new Set(['है', 'हैं', 'था', 'थे', 'थी', 'के', 'की', 'का', 'में', 'और', 'से', 'को', 'ने', 'पर', 'यह', 'कि', 'भी', 'लिए', 'किया', 'कहा', 'एक', 'इस']),
  mr: new Set(['आहे', 'आहेत', 'आणि', 'होते', 'नाही', 'हे', 'या', 'च्या', 'मध्ये', 'केले', 'आली', 'त्यांनी', 'असे']),
  ne: new Set(['छ', 'छन्', 'हो', 'र', 'मा', 'लागि', 'गरेको', 'भएको', 'गर्न', 'पनि', 'थियो', 'गरे']),
};
const LATIN_WORDS: Record<string, Set<string>> = {
  en: new Set([
    'the',
    'of',
    'and',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'was',
    'said',
    'by',
    'it',
    'as',
    'has',
    'have',
    'are',
    'from',
    'will',
    'its',
    'this',
    'were',
    'an',
  ]),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'pas', 'avec']),
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'ein', 'eine', 'dem']),
  es: new Set(['el', 'los', 'las', 'que', 'y', 'por', 'con', 'una', 'para', 'del', 'se', 'su', 'al', 'como', 'más']),
  pt: new Set(['o', 'os', 'as', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'dos', 'das']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'gli', 'nel']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'zijn', 'voor', 'met', 'ook', 'wordt']),
  id: new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada']),
  cs: new Set(['a', 'je', 'se', 'na', 'v', 'že', 'to', 's', 'z', 'do', 'jako', 'ale', 'které']),
};

/** Characters looked at, at most; enough to decide, and keeps long pages fast. */
const SAMPLE_CHARS = 8_000;

/**
 * Guesses the language of a text. `hint` (such as `<html lang>`) breaks near-ties only.
 * Mixed Hindi–English text goes to the script with more letters.
 */
export function detectLanguage(text: string, hint?: string | null): LanguageGuess {
  // Invisible characters salted inside words must not turn words into letters (see tokenize).
  const visible = stripInvisible(text.slice(0, SAMPLE_CHARS * 2));
  const sample = visible.length > SAMPLE_CHARS ? visible.slice(0, SAMPLE_CHARS) : visible;
  const counts = new Map<string, number>();
  // Devanagari and Latin are counted in locals (the map keeps its order of first appearance).
  let devaLetters = 0;
  let latnLetters = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; ) {
    // Fast paths for the two scripts that matter; the regex table only for the rest.
    const code = sample.charCodeAt(i);
    if (code >= 0x0900 && code <= 0x097f) {
      // Letters, matras and viramas count (Devanagari words then weigh like Latin ones); the
      // danda, Devanagari digits and the abbreviation sign do not.
      if (code < 0x0964 || code > 0x0970) {
        letters++;
        if (devaLetters++ === 0) counts.set('deva', 0);
      }
      i++;
      continue;
    }
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      letters++;
      if (latnLetters++ === 0) counts.set('latn', 0);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(sample.codePointAt(i) as number);
    i += ch.length;
    if (code < 0x80 || !/\p{L}|\p{M}/u.test(ch)) continue;
    letters++;
    for (const [name, re] of SCRIPTS) {
      if (!re.test(ch)) continue;
      if (name === 'deva') {
        if (devaLetters++ === 0) counts.set('deva', 0);
      } else if (name === 'latn') {
        if (latnLetters++ === 0) counts.set('latn', 0);
      } else {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      break;
    }
  }
  if (devaLetters) counts.set('deva', devaLetters);
  if (latnLetters) counts.set('latn', latnLetters);
  if (letters < 2) return { lang: 'und', supported: false, confidence: 0, mixed: false };

  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const deva = (counts.get('deva') ?? 0) / letters;
  const latn = (counts.get('latn') ?? 0) / letters;
  const mixed = deva >= 0.2 && latn >= 0.2;
  const hintLang = hint?.toLowerCase().split(/[-_]/)[0];
  let [top, topCount] = ranked[0] ?? ['', 0];
  // Near-tie between Devanagari and Latin: the page's declared language decides.
  if (mixed && Math.abs(deva - latn) < 0.1 && (hintLang === 'hi' || hintLang === 'en')) {
    top = hintLang === 'hi' ? 'deva' : 'latn';
    topCount = counts.get(top) ?? 0;
  }
  const confidence = topCount / letters;

  if (top === 'deva') {
    const lang = bestByFunctionWords(sample, DEVANAGARI_WORDS, 'hi');
    return { lang, supported: lang === 'hi', confidence, mixed };
  }
  if (top === 'latn') {
    const lang = bestByFunctionWords(sample, LATIN_WORDS, 'en');
    return { lang, supported: lang === 'en', confidence, mixed };
  }
  // Japanese writes most words in Han characters; any kana decides it.
  if (top === 'hani' && counts.has('jpan')) top = 'jpan';
  return { lang: SCRIPT_LANG[top] ?? 'und', supported: false, confidence, mixed };
}

const wordIndexes = new WeakMap<Record<string, Set<string>>, Map<string, number[]>>();

// Each function word of a table → the positions of the languages listing it, ascending.
function wordIndex(table: Record<string, Set<string>>): Map<string, number[]> {
  let index = wordIndexes.get(table);
  if (!index) {
    index = new Map();
    Object.values(table).forEach((set, k) => {
      for (const w of set) index?.set(w, [...(index.get(w) ?? []), k]);
    });
    wordIndexes.set(table, index);
  }
  return index;
}

// The language whose function words are most frequent; the default wins ties and short texts.
function bestByFunctionWords(text: string, table: Record<string, Set<string>>, fallback: string): string {
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const names = Object.keys(table);
  const langsOf = wordIndex(table);
  const counts = new Array<number>(names.length).fill(0);
  // Languages in the order they were first hit: the order near-ties are settled in below.
  const firstHit: number[] = [];
  for (const t of tokens) {
    for (const k of langsOf.get(t) ?? []) {
      if (counts[k] === 0) firstHit.push(k);
      counts[k] = (counts[k] as number) + 1;
    }
  }
  const hits: Record<string, number> = {};
  for (const k of firstHit) hits[names[k] as string] = counts[k] as number;
  const base = hits[fallback] ?? 0;
  let best = fallback;
  let bestHits = base;
  for (const [lang, n] of Object.entries(hits)) {
    // Another language must beat the default clearly, not by a word or two.
    if (lang !== fallback && n > bestHits * 1.5 && n >= 3) {
      best = lang;
      bestHits = n;
    }
  }
  return best;
}
