/**
 * Bilingual topic lexicons: the data format, and its compilation into a phrase index keyed by
 * stemmed first word. Matching is greedy longest-phrase-first; a phrase may credit several topics,
 * and a "sense" phrase consumes its words while crediting nothing (football "defence").
 */
import type { KeyedIndex } from '../lazy-index';
import type { KeyTerm, TopicId } from '../types';
import { stem } from '../text/stem';
import { words } from '../text/tokenize';

/** One concept of a topic lexicon: its English and Hindi forms and a weight of 1, 2 or 3. */
export interface LexiconTerm {
  en: string[];
  hi: string[];
  w: number;
  note?: string;
}

/** Phrases whose words are not this topic's (other senses, metaphors). */
export interface LexiconSense {
  en?: string[];
  hi?: string[];
  note?: string;
}

/** A topic lexicon data file (engine/topics/lexicon/<id>.json). */
export interface LexiconFile {
  id: TopicId;
  label: { en: string; hi: string };
  terms: LexiconTerm[];
  senses?: LexiconSense[];
}

/** What a matched phrase gives to one topic. All forms of a concept share one Credit object. */
export interface Credit {
  topic: TopicId;
  weight: number;
  /** The display pair for key terms, when the concept has forms in both languages. */
  term: KeyTerm | null;
  /** The reader's own keyword: it always counts for its topic, whatever else the sentence holds. */
  user?: true;
}

/** The weight of a reader's keyword: enough on its own to give a sentence its topic. */
export const USER_KEYWORD_WEIGHT = 3;

/** A compiled phrase: its stems and what it credits (empty for sense phrases). */
export interface Phrase {
  stems: string[];
  credits: Credit[];
}

/** The compiled index: phrases by their first stem, longest first. */
export type PhraseIndex = KeyedIndex<Phrase>;

/** Stems of a text's words, as the index keys them. */
export function stemsOf(text: string): string[] {
  return words(text).map(stem);
}

/**
 * Compiles lexicon files (plus a user's extra keywords) into one phrase index. This is the slow
 * part: the engine reads the bundled files' index ahead-of-time compiled (engine/compiled/, by
 * `npm run build:index`) and adds a reader's keywords with withKeywords.
 */
export function compileLexicons(files: readonly LexiconFile[], extra: Partial<Record<TopicId, readonly string[]>> = {}): PhraseIndex {
  return withKeywords(
    compilePhraseMap(files),
    extra,
    files.map((f) => f.id),
  );
}

/** The phrase index of lexicon files, as a Map (keys in the order their first phrase was met). */
export function compilePhraseMap(files: readonly LexiconFile[]): Map<string, Phrase[]> {
  const byKey = new Map<string, Phrase>();
  const add = (form: string, credit: Credit | null): void => {
    const stems = stemsOf(form);
    if (stems.length === 0) return;
    const key = stems.join(' ');
    let phrase = byKey.get(key);
    if (!phrase) {
      phrase = { stems, credits: [] };
      byKey.set(key, phrase);
    }
    if (credit) addCredit(phrase, credit);
  };

  for (const file of files) {
    for (const term of file.terms) {
      const pair = term.en[0] && term.hi[0] ? { en: term.en[0], hi: term.hi[0] } : null;
      const credit: Credit = { topic: file.id, weight: term.w, term: pair };
      for (const form of [...term.en, ...term.hi]) add(form, credit);
    }
    for (const sense of file.senses ?? []) {
      for (const form of [...(sense.en ?? []), ...(sense.hi ?? [])]) add(form, null);
    }
  }

  const index = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const first = phrase.stems[0] as string;
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

/** Credits a phrase; a second credit for the same topic counts only as a reader's keyword. */
function addCredit(phrase: Phrase, credit: Credit): void {
  const same = phrase.credits.findIndex((c) => c.topic === credit.topic);
  if (same < 0) phrase.credits.push(credit);
  else if (credit.user)
    phrase.credits[same] = { ...(phrase.credits[same] as Credit), weight: Math.max(credit.weight, phrase.credits[same]?.weight ?? 0), user: true };
}

/**
 * A compiled index with a reader's keywords added, topic by topic in `topics` order; `base` is
 * left as it was (a key the keywords touch gets its own copy of the list, and a phrase they
 * change its own copy). A keyword counts for its topic even when the index has the phrase already
 * (for another topic, for the same one with less weight, or as a sense that credits nothing); a
 * new phrase goes after the phrases of its length, as if it had been compiled last.
 */
export function withKeywords(base: PhraseIndex, extra: Partial<Record<TopicId, readonly string[]>>, topics: readonly TopicId[]): PhraseIndex {
  if (!topics.some((t) => extra[t]?.length)) return base;
  const own = new Map<string, Phrase[]>();
  const ownPhrases = new Map<string, Phrase>();
  for (const topic of topics) {
    for (const form of extra[topic] ?? []) {
      const stems = stemsOf(form);
      if (stems.length === 0) continue;
      const key = stems.join(' ');
      let phrase = ownPhrases.get(key);
      if (!phrase) {
        const first = stems[0] as string;
        let list = own.get(first);
        if (!list) {
          list = [...(base.get(first) ?? [])];
          own.set(first, list);
        }
        const at = list.findIndex((p) => p.stems.length === stems.length && p.stems.every((s, k) => s === stems[k]));
        if (at >= 0) {
          const old = list[at] as Phrase;
          phrase = { stems: old.stems, credits: [...old.credits] };
          list[at] = phrase;
        } else {
          phrase = { stems, credits: [] };
          const shorter = list.findIndex((p) => p.stems.length < stems.length);
          list.splice(shorter < 0 ? list.length : shorter, 0, phrase);
        }
        ownPhrases.set(key, phrase);
      }
      addCredit(phrase, { topic, weight: USER_KEYWORD_WEIGHT, term: null, user: true });
    }
  }
  return {
    get: (first) => own.get(first) ?? base.get(first),
    keys: () => new Set([...base.keys(), ...own.keys()]),
  };
}

/** A phrase found in a sentence: token range [from, to) and what it credits. */
export interface PhraseMatch {
  from: number;
  to: number;
  credits: Credit[];
}

/** Greedy longest-first matching of the index over a sentence's stems. */
export function matchPhrases(index: PhraseIndex, stems: readonly string[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < stems.length) {
    const candidates = index.get(stems[i] as string);
    let hit: Phrase | undefined;
    if (candidates) {
      for (const p of candidates) {
        if (p.stems.length > stems.length - i) continue;
        let ok = true;
        for (let k = 1; k < p.stems.length; k++) {
          if (p.stems[k] !== stems[i + k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          hit = p;
          break;
        }
      }
    }
    if (hit) {
      out.push({ from: i, to: i + hit.stems.length, credits: hit.credits });
      i += hit.stems.length;
    } else {
      i++;
    }
  }
  return out;
}
