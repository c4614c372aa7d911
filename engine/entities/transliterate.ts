/** Readable Devanagari → Latin romanisation of names, with Hindi schwa deletion. */
import { normalizeHindi } from '../text/normalize';

const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  ऩ: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ऱ: 'r',
  ल: 'l',
  ळ: 'l',
  ऴ: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
};
/** Consonant + nukta (after NFD the nukta is a separate mark). */
const NUKTA_FORMS: Record<string, string> = { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ॠ: 'ri',
  ऌ: 'li',
  ऍ: 'e',
  ऎ: 'e',
  ए: 'e',
  ऐ: 'ai',
  ऑ: 'o',
  ऒ: 'o',
  ओ: 'o',
  औ: 'au',
};
const MATRAS: Record<string, string> = {
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'ॄ': 'ri',
  'ॅ': 'e',
  'ॆ': 'e',
  'े': 'e',
  'ै': 'ai',
  'ॉ': 'o',
  'ॊ': 'o',
  'ो': 'o',
  'ौ': 'au',
};
const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const NASALS = new Set(['\u0901', '\u0902']); // chandrabindu, anusvara
const SILENT = new Set(['\u0903', '\u093D']); // visarga, avagraha
const LABIALS = new Set(['p', 'ph', 'b', 'bh', 'm', 'f']);
/** First members of a final cluster after which the final schwa goes (Donald, Siddharth, dost). */
const SOFT_FIRST = new Set(['र', 'ल', 'न', 'म', 'ण', 'ङ', 'ञ', 'स', 'श', 'ष']);
/** Last members of a final cluster that keep the schwa (Indra, Rajya, Krishna, Shukla). */
const KEEP_LAST = new Set(['र', 'य', 'व', 'ण', 'न', 'म', 'ल']);

/** Conventional spellings no rule derives (normalised Devanagari → Latin). */
const EXCEPTIONS: Record<string, string> = {
  सिंह: 'Singh',
  सर्गेई: 'Sergei',
  वांग: 'Wang',
  ब्लिंकन: 'Blinken',
  मोहम्मद: 'Mohammed',
  मुहम्मद: 'Muhammad',
  ओम: 'Om',
};
/** Letter names used as initials ("एस. जयशंकर" → "S. Jaishankar"), when followed by a dot. */
const INITIALS: Record<string, string> = {
  ए: 'A',
  बी: 'B',
  सी: 'C',
  डी: 'D',
  ई: 'E',
  एफ: 'F',
  जी: 'G',
  एच: 'H',
  आई: 'I',
  जे: 'J',
  के: 'K',
  एल: 'L',
  एम: 'M',
  एन: 'N',
  ओ: 'O',
  पी: 'P',
  क्यू: 'Q',
  आर: 'R',
  एस: 'S',
  टी: 'T',
  यू: 'U',
  वी: 'V',
  डब्ल्यू: 'W',
  एक्स: 'X',
  वाई: 'Y',
  जेड: 'Z',
};

interface Unit {
  /** The Devanagari base letter (consonant or independent vowel). */
  base: string;
  isVowel: boolean;
  /** Latin consonant (empty for an independent vowel). */
  cons: string;
  /** Explicit vowel (matra or independent vowel), '' if none. */
  vowel: string;
  virama: boolean;
  /** Carries an inherent schwa that has not been deleted. */
  schwa: boolean;
  nasal: boolean;
}

const hasVowel = (u: Unit | undefined): boolean => !!u && (u.isVowel || u.vowel !== '' || u.schwa);

function parse(word: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== undefined) {
      let cons = CONSONANTS[ch];
      if (chars[i + 1] === NUKTA) {
        cons = NUKTA_FORMS[ch] ?? cons;
        i++;
      }
      // ज्ञ is read "gy" (Gyan), not "jn".
      if (ch === 'ञ' && last?.base === 'ज' && last.virama) {
        last.cons = 'g';
        cons = 'y';
      }
      // स्व, द्व, श्व… read "sw", "dw", "shw" (Swaraj, Dwarka, Ishwar); र्व stays "rv" (Parvati).
      if (ch === 'व' && last?.virama && last.base !== 'र' && last.base !== 'ल') cons = 'w';
      const u: Unit = { base: ch, isVowel: false, cons, vowel: '', virama: false, schwa: true, nasal: false };
      const next = chars[i + 1];
      if (next === VIRAMA) {
        u.virama = true;
        u.schwa = false;
        i++;
      } else if (next !== undefined && MATRAS[next] !== undefined) {
        u.vowel = MATRAS[next];
        u.schwa = false;
        i++;
      }
      units.push(u);
    } else if (VOWELS[ch] !== undefined) {
      units.push({ base: ch, isVowel: true, cons: '', vowel: VOWELS[ch], virama: false, schwa: false, nasal: false });
    } else if (NASALS.has(ch)) {
      if (last) last.nasal = true;
    } else if (MATRAS[ch] !== undefined && last && !last.isVowel) {
      // A stray second matra: append it.
      last.vowel += MATRAS[ch];
      last.schwa = false;
    }
    // Visarga, avagraha, stray nukta/virama: dropped.
    else if (!SILENT.has(ch) && ch !== NUKTA && ch !== VIRAMA && ch === 'ॐ') {
      units.push({ base: ch, isVowel: true, cons: '', vowel: 'om', virama: false, schwa: false, nasal: false });
    }
  }
  return units;
}

function deleteSchwas(units: Unit[]): void {
  const n = units.length;
  // A consonant's inherent vowel merges into a following independent अ/आ (अब्दुलअज़ीज़ → Abdulaziz).
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (u.schwa && !u.nasal && next?.isVowel && (next.base === 'अ' || next.base === 'आ')) u.schwa = false;
  });
  const lastU = units[n - 1];
  if (n > 1 && lastU && lastU.schwa && !lastU.nasal) {
    const prev = units[n - 2]!;
    const afterCluster = prev.virama;
    // A final sibilant after a cluster is an English plural or -ts/-ks (हाइट्स → Heights), and a
    // final र्न is a foreign -rn (Bern): their schwa goes.
    const foreignEnd = (lastU.base === 'स' && prev.base !== 'स') || (lastU.base === 'न' && prev.base === 'र');
    const keep = afterCluster && !foreignEnd && (KEEP_LAST.has(lastU.base) || !SOFT_FIRST.has(prev.base));
    if (!keep) lastU.schwa = false;
  }
  // Medial schwa: deleted in V C _ C V, scanning right to left.
  for (let i = n - 2; i >= 1; i--) {
    const u = units[i]!;
    if (!u.schwa || u.nasal) continue;
    const prev = units[i - 1];
    const next = units[i + 1];
    if (hasVowel(prev) && next && !next.isVowel && hasVowel(next)) u.schwa = false;
  }
}

function render(units: Unit[]): string {
  let out = '';
  units.forEach((u, i) => {
    const prev = units[i - 1];
    let cons = u.cons;
    // व after a consonant whose vowel is gone reads "w" (Jaiswal, Sukhwinder), as after a virama.
    if (u.base === 'व' && prev && !prev.isVowel && !hasVowel(prev) && prev.base !== 'र' && prev.base !== 'ल') cons = 'w';
    // फ्र, फ्ल are foreign "fr", "fl" (Frank, Friedrich, Florida); क्व opening a word is "qu" (Quetta, Quad).
    if (u.base === 'फ' && u.virama && (units[i + 1]?.base === 'र' || units[i + 1]?.base === 'ल')) cons = 'f';
    if (u.base === 'व' && i === 1 && prev?.base === 'क' && prev.virama) cons = 'u';
    if (u.base === 'क' && i === 0 && u.virama && units[1]?.base === 'व') cons = 'q';
    // A word-opening ए with anusvara is the English short "a" (एंथनी → Anthony, एंडोरा → Andorra).
    const vowel = i === 0 && u.isVowel && u.base === 'ए' && u.nasal ? 'a' : u.vowel;
    out += cons;
    // ै with anusvara is the English "a" of -land, bank, camp (थाईलैंड, बैंक).
    out += vowel === 'ai' && u.nasal && !u.isVowel ? 'a' : vowel || (u.schwa ? 'a' : '');
    if (u.nasal) {
      const next = units[i + 1];
      out += next && !next.isVowel && LABIALS.has(next.cons) ? 'm' : 'n';
    }
  });
  // Medial "ay" before a consonant is written "ai" (Jaishankar, Jaipur); "iy" before a vowel is "i"
  // (ऑस्ट्रेलिया → Australia, मारिया → Maria, सेबास्टियन → Sebastian).
  return out.replace(/ay(?=[bcdfghjklmnpqrstvwxz])/g, 'ai').replace(/(?<=[a-z])iy(?=[aeiou])/g, 'i');
}

function romaniseRun(run: string, followedByDot: boolean): string {
  const folded = normalizeHindi(run);
  const exception = EXCEPTIONS[folded];
  if (exception) return exception.toLowerCase();
  if (followedByDot) {
    const initial = INITIALS[folded];
    if (initial) return initial.toLowerCase();
  }
  const units = parse(run.normalize('NFD'));
  deleteSchwas(units);
  return render(units);
}

const DEVANAGARI_RUN = /[\u0900-\u0963\u0971-\u097F]+/g;
const DIGITS = /[\u0966-\u096F]/g;

/**
 * Romanises a Devanagari name for display: schwa deletion, plain vowels (ā → a), "sh", "ch",
 * anusvara → n/m, nukta letters (ज़ → z, फ़ → f), title-cased per word. Other text passes through.
 */
export function devanagariToLatin(name: string): string {
  const text = name.normalize('NFC').replace(DIGITS, (d) => String(d.charCodeAt(0) - 0x0966));
  const latin = text.replace(DEVANAGARI_RUN, (run, offset: number) => romaniseRun(run, text[offset + run.length] === '.'));
  return latin
    .split(/(\s+)/)
    .map((w, i) => (!w.trim() || (i > 0 && PARTICLES.has(w)) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** Name particles written in lower case inside a name (Mohammed bin Salman, Lula da Silva, von der Leyen). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'da', 'de', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'del']);
