/**
 * Inflected forms of one glossary word, for exact-form matching. A stemmer maps मित्रता and
 * मित्र (friendship, friend), शांति and शांत (peace, calm) or चर्चा and चर्च (discussion, church)
 * to one key; generating each form's own paradigm keeps them apart while still matching
 * समझौतों, मंत्रियों, वार्ताएं or summits.
 */
import { normalizeForMatch } from '../text/normalize';

const HINDI_LETTER = /^[\u0915-\u0939\u0958-\u095F]$/;
/** Matras and signs a word can end in before the inflection decides anything. */
const AA = '\u093E';
const I = '\u093F';
const II = '\u0940';
const U = '\u0941';
const UU = '\u0942';
const E = '\u0947';

/**
 * A Hindi noun, adjective or participle with its plural and oblique forms:
 * देश → देशों, देशें; समझौता → समझौते, समझौतों; वार्ता → वार्ताएं, वार्ताओं; मंत्री → मंत्रियों;
 * नीति → नीतियां; किया → किए, किये, की. Over-generates harmlessly (gender is unknown).
 */
export function hindiInflections(word: string): string[] {
  const w = normalizeForMatch(word);
  const out = new Set([w]);
  const last = w.at(-1) ?? '';
  const base = w.slice(0, -1);
  const add = (...forms: string[]): void => {
    for (const f of forms) out.add(normalizeForMatch(f));
  };
  if (last === AA) {
    add(`${base}${E}`, `${base}ों`, `${base}${II}`, `${base}ाएं`, `${base}ाओं`, `${base}ायें`);
    // Perfective participles: किया → किए/किये/की, बताया → बताए/बताई, गया → गए/गई.
    if (base.endsWith('य')) {
      const stem = base.slice(0, -1);
      add(`${stem}ए`, `${stem}ये`, `${stem}ई`, `${stem}यी`);
      if (stem.endsWith(I)) add(`${stem.slice(0, -1)}${II}`, `${stem.slice(0, -1)}${II}ं`);
    }
  } else if (last === II || last === I) {
    add(`${base}ियों`, `${base}ियां`, `${w}ं`);
  } else if (last === U || last === UU) {
    add(`${base}ुओं`, `${base}ुएं`);
  } else if (last === E) {
    // An oblique or plural form given in the data (रिश्ते, नतीजे): its direct form too.
    add(`${base}${AA}`, `${base}ों`);
  } else if (last === 'ई') {
    add(`${base}इयों`, `${base}इयां`);
  } else if (HINDI_LETTER.test(last) || last === '\u093C') {
    add(`${w}ों`, `${w}ें`);
  }
  return [...out];
}

const VOWEL = /[aeiou]/;

/**
 * An English word with its plural / third-person form (visit → visits, ally → allies, crisis →
 * crises). Past and -ing forms are listed in the data where they mean the same thing ("signed",
 * "negotiating"): generating them would turn "report" into "reported" (बताया), "challenge" into
 * "challenging" and "attack" into "attacking" (a football side).
 */
export function englishInflections(word: string): string[] {
  const w = normalizeForMatch(word);
  const out = new Set([w]);
  if (!/^[a-z]{2,}$/.test(w)) return [...out];
  const consonantY = w.endsWith('y') && !VOWEL.test(w.at(-2)!);
  if (/(?:s|x|z|ch|sh)$/.test(w)) out.add(`${w}es`);
  else if (consonantY) out.add(`${w.slice(0, -1)}ies`);
  else out.add(`${w}s`);
  if (w.endsWith('is')) out.add(`${w.slice(0, -2)}es`); // crisis → crises
  return [...out];
}

/** A surface token as the glossary looks it up: possessive 's dropped from Latin words. */
export function lookupForm(token: string): string {
  return /^[a-z0-9.]+'s?$/.test(token) ? token.replace(/'s?$/, '') : token;
}

/** Inflections of a word in either script. */
export function inflections(word: string): string[] {
  return /[\u0900-\u097F]/.test(word) ? hindiInflections(word) : englishInflections(word);
}
