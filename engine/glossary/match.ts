/**
 * Glossary matching: each concept's forms, with their inflections, compiled into an index keyed
 * by the first word's surface forms; greedy longest-phrase-first over a sentence's words. Where two
 * concepts spell a phrase alike, the one whose written forms match the text exactly wins.
 */
import type { KeyedIndex } from '../lazy-index';
import { tokenize, type Token } from '../text/tokenize';
import { inflections, lookupForm } from './inflect';

/** A bilingual concept: English and Hindi forms, preferred form first. */
export interface Concept {
  en: readonly string[];
  hi: readonly string[];
}

/** Phrases consumed without glossing: another sense of a glossary word, or a word too general to gloss alone. */
export interface Sense {
  en?: readonly string[];
  hi?: readonly string[];
}

export type Side = 'en' | 'hi';

/** A compiled phrase: per word, the written form and the set of its inflections. */
export interface GlossPhrase {
  exact: string[];
  forms: ReadonlySet<string>[];
  /** Per word, the capitals an acronym must be written in (UN, WHO, MoU), else null. */
  cased: (string | null)[];
  /** Index into the concept list, or -1 for a sense phrase. */
  concept: number;
  /** Position of the written form in its concept's list (0 = preferred form). */
  position: number;
}

/** Phrases of one language by every surface form of their first word. */
export type GlossIndex = KeyedIndex<GlossPhrase>;

/** A word of the text: its normalised lookup form, its raw spelling and where it is (UTF-16 offsets). */
export interface GlossToken {
  form: string;
  raw: string;
  start: number;
  end: number;
}

/** One match: token range [from, to), the concept (never a sense) and which of its forms matched. */
export interface GlossMatch {
  from: number;
  to: number;
  concept: number;
  /** Position of the matched form in the concept's list on the text's side (0 = preferred). */
  position: number;
}

/** Each word's inflections, built once and shared by every phrase that uses the word (read-only). */
const formSets = new Map<string, ReadonlySet<string>>();
function formsOf(word: string): ReadonlySet<string> {
  let set = formSets.get(word);
  if (!set) {
    set = new Set(inflections(word));
    formSets.set(word, set);
  }
  return set;
}

/** Compiles one written form into a phrase; null when it has no words. */
export function compilePhrase(form: string, concept: number, position = 0): GlossPhrase | null {
  const tokens = glossTokens(form);
  if (tokens.length === 0) return null;
  const exact = tokens.map((t) => t.form);
  return {
    exact,
    forms: exact.map(formsOf),
    cased: tokens.map((t) => (isAcronym(t.raw) ? t.raw : null)),
    concept,
    position,
  };
}

/**
 * An acronym matches only in capitals, so "UN" is not Kim Jong Un, "WHO" not "who" and "PM" not
 * "5 pm": two or more capitals making up at least half its letters (UN, MoU, LeT, iCET; not BrahMos).
 */
function isAcronym(raw: string): boolean {
  const letters = raw.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && capitals * 2 >= letters.length;
}

/** The raw spelling an acronym is compared in: dots and a possessive or plural s dropped (U.N., MoUs). */
const acronymSpelling = (raw: string): string => raw.replace(/\./g, '').replace(/['’]s$|['’]$|(?<=[A-Z])s$/, '');

/**
 * Compiles the concepts' (and senses') forms on one side into an index. A concept form written
 * exactly like a sense phrase is not matched: it stays an accepted rendering only (English
 * "territory" may be rendered क्षेत्र, but क्षेत्र alone is too general to gloss as "territory").
 */
export function compileGlossary(concepts: readonly Concept[], side: Side, senses: readonly Sense[] = []): Map<string, GlossPhrase[]> {
  return indexGlossPhrases(glossPhrases(concepts, side, senses));
}

/** The phrases compileGlossary indexes, in its order: the senses, then each concept's forms. */
export function glossPhrases(concepts: readonly Concept[], side: Side, senses: readonly Sense[] = []): GlossPhrase[] {
  const out: GlossPhrase[] = [];
  const blocked = new Set<string>();
  for (const s of senses) {
    for (const form of s[side] ?? []) {
      const phrase = compilePhrase(form, -1);
      if (!phrase) continue;
      blocked.add(phrase.exact.join(' '));
      out.push(phrase);
    }
  }
  concepts.forEach((c, i) => {
    c[side].forEach((form, position) => {
      const phrase = compilePhrase(form, i, position);
      if (phrase && !blocked.has(phrase.exact.join(' '))) out.push(phrase);
    });
  });
  return out;
}

/** Indexes phrases under every surface form of their first word, keeping their order. */
export function indexGlossPhrases(phrases: readonly GlossPhrase[]): Map<string, GlossPhrase[]> {
  const index = new Map<string, GlossPhrase[]>();
  for (const phrase of phrases) {
    for (const first of phrase.forms[0]!) {
      const list = index.get(first);
      if (list) list.push(phrase);
      else index.set(first, [phrase]);
    }
  }
  return index;
}

/**
 * A text's words as the index looks them up. `tokens`, when given, are `tokenize(text)` already
 * made (the engine's own), so the text is not tokenised again.
 */
export function glossTokens(text: string, tokens: readonly Token[] = tokenize(text)): GlossToken[] {
  return tokens.map((t) => ({ form: lookupForm(t.norm), raw: text.slice(t.start, t.end), start: t.start, end: t.end }));
}

/** Whether `phrase` matches `tokens` at `at`; returns how many words are written exactly, or -1. */
function fit(phrase: GlossPhrase, tokens: readonly GlossToken[], at: number): number {
  if (at + phrase.forms.length > tokens.length) return -1;
  let exact = 0;
  for (let k = 0; k < phrase.forms.length; k++) {
    const t = tokens[at + k]!;
    if (!phrase.forms[k]!.has(t.form)) return -1;
    const cased = phrase.cased[k];
    if (cased !== null && cased !== undefined && acronymSpelling(t.raw) !== cased) return -1;
    if (phrase.exact[k] === t.form) exact++;
  }
  return exact;
}

/**
 * Greedy left-to-right matching, longest phrase first. Ties go to the phrase with more words
 * written exactly as in the text, then to the concept that lists the form earlier (a word is
 * the preferred form of one concept and an alternative of another), then to the earlier concept;
 * senses lose ties.
 */
export function matchGlossary(index: GlossIndex, tokens: readonly GlossToken[]): GlossMatch[] {
  const out: GlossMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: GlossPhrase | undefined;
    let bestExact = -1;
    for (const p of index.get(tokens[i]!.form) ?? []) {
      const exact = fit(p, tokens, i);
      if (exact < 0) continue;
      const better =
        !best ||
        p.forms.length > best.forms.length ||
        (p.forms.length === best.forms.length &&
          (exact > bestExact ||
            (exact === bestExact && (p.position < best.position || (p.position === best.position && rank(p.concept) < rank(best.concept))))));
      if (better) {
        best = p;
        bestExact = exact;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    if (best.concept >= 0) out.push({ from: i, to: i + best.forms.length, concept: best.concept, position: best.position });
    i += best.forms.length;
  }
  return out;
}

const rank = (concept: number): number => (concept < 0 ? Number.MAX_SAFE_INTEGER : concept);

/** True when some inflection of `phrase` occurs in `tokens`. */
export function containsPhrase(tokens: readonly GlossToken[], phrase: GlossPhrase): boolean {
  for (let i = 0; i + phrase.forms.length <= tokens.length; i++) if (fit(phrase, tokens, i) >= 0) return true;
  return false;
}

/** A list of forms compiled once, looked up by every surface form of each one's first word. */
export interface FormIndex {
  /** How many forms were compiled (ids are their positions in the list). */
  size: number;
  byFirst: Map<string, { id: number; phrase: GlossPhrase }[]>;
}

// Names and key terms recur from article to article (countries, leaders, lexicon pairs): each
// form is compiled once per process (bounded), as the glossary's own forms are.
const compiled = new Map<string, GlossPhrase | null>();
const COMPILED_MAX = 20_000;
function compiledForm(form: string): GlossPhrase | null {
  let phrase = compiled.get(form);
  if (phrase === undefined) {
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    phrase = compilePhrase(form, 0);
    compiled.set(form, phrase);
  }
  return phrase;
}

/** Compiles `forms` (each matched on its own, as whole words in any inflection) into an index. */
export function compileForms(forms: readonly string[]): FormIndex {
  const byFirst: FormIndex['byFirst'] = new Map();
  forms.forEach((form, id) => {
    const phrase = compiledForm(form);
    if (!phrase) return;
    for (const first of phrase.forms[0]!) {
      const list = byFirst.get(first) ?? [];
      list.push({ id, phrase });
      byFirst.set(first, list);
    }
  });
  return { size: forms.length, byFirst };
}

/** Where a form occurs in a text: UTF-16 offsets of its first occurrence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The first occurrence of each indexed form in `tokens` (a text's words), by form id; undefined
 * where a form does not occur. Each form is matched on its own, as `containsPhrase` does.
 */
export function findForms(tokens: readonly GlossToken[], index: FormIndex): (Span | undefined)[] {
  const out = new Array<Span | undefined>(index.size).fill(undefined);
  for (let i = 0; i < tokens.length; i++) {
    for (const { id, phrase } of index.byFirst.get(tokens[i]!.form) ?? []) {
      if (out[id] || fit(phrase, tokens, i) < 0) continue;
      out[id] = { start: tokens[i]!.start, end: tokens[i + phrase.forms.length - 1]!.end };
    }
  }
  return out;
}
