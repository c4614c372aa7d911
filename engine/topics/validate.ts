/** Validation and canonical form of lexicon and glossary data files (used by a script and a test). */
import { stemsOf, type LexiconFile, type LexiconSense, type LexiconTerm } from './lexicon';
import { topicById } from './taxonomy';

/** A glossary data file: general diplomatic vocabulary with both forms. */
export interface GlossaryFile {
  terms: GlossaryTerm[];
}

/** One glossary concept. `kind` groups it (title, office, agreement, diplomacy, general). */
export interface GlossaryTerm {
  en: string[];
  hi: string[];
  kind: string;
}

const GLOSSARY_KINDS = new Set(['title', 'office', 'agreement', 'diplomacy', 'general']);

function formErrors(where: string, forms: unknown, required: boolean): string[] {
  if (!Array.isArray(forms)) return [`${where}: must be an array of strings`];
  const errors: string[] = [];
  if (required && forms.length === 0) errors.push(`${where}: needs at least one form`);
  for (const f of forms) {
    if (typeof f !== 'string' || f.trim() !== f || f === '') errors.push(`${where}: bad form ${JSON.stringify(f)}`);
    else if (stemsOf(f).length === 0) errors.push(`${where}: form ${JSON.stringify(f)} has no words`);
  }
  return errors;
}

/** Problems with a topic lexicon file; empty when it is valid. */
export function lexiconErrors(file: LexiconFile, expectedId: string): string[] {
  const errors: string[] = [];
  const topic = topicById(file.id);
  if (file.id !== expectedId) errors.push(`id "${file.id}" does not match file name "${expectedId}"`);
  if (!topic) return [...errors, `unknown topic id "${file.id}"`];
  if (file.label?.en !== topic.label.en || file.label?.hi !== topic.label.hi) errors.push('label differs from the taxonomy');
  const seen = new Map<string, number>();
  file.terms.forEach((t, i) => {
    const where = `${file.id} term ${i} (${t.en?.[0] ?? t.hi?.[0]})`;
    if (![1, 2, 3].includes(t.w)) errors.push(`${where}: weight must be 1, 2 or 3`);
    errors.push(...formErrors(`${where} en`, t.en, false), ...formErrors(`${where} hi`, t.hi, false));
    if ((t.en?.length ?? 0) + (t.hi?.length ?? 0) === 0) errors.push(`${where}: no forms`);
    for (const f of [...(t.en ?? []), ...(t.hi ?? [])]) {
      const key = stemsOf(f).join(' ');
      const prev = seen.get(key);
      if (prev !== undefined && prev !== i) errors.push(`${where}: "${f}" duplicates a form of term ${prev}`);
      seen.set(key, i);
    }
  });
  (file.senses ?? []).forEach((s, i) => {
    errors.push(...formErrors(`${file.id} sense ${i} en`, s.en ?? [], false), ...formErrors(`${file.id} sense ${i} hi`, s.hi ?? [], false));
  });
  return errors;
}

/** Problems with the glossary file; empty when it is valid. */
export function glossaryErrors(file: GlossaryFile): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  file.terms.forEach((t, i) => {
    const where = `glossary term ${i} (${t.en?.[0]})`;
    errors.push(...formErrors(`${where} en`, t.en, true), ...formErrors(`${where} hi`, t.hi, true));
    if (!GLOSSARY_KINDS.has(t.kind)) errors.push(`${where}: kind must be one of ${[...GLOSSARY_KINDS].join(', ')}`);
    const key = stemsOf(t.en?.[0] ?? '').join(' ');
    if (seen.has(key)) errors.push(`${where}: duplicate entry`);
    seen.add(key);
  });
  return errors;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const sortKey = (t: { en?: string[]; hi?: string[] }): string => t.en?.[0] ?? t.hi?.[0] ?? '';
const byKey = (a: { en?: string[]; hi?: string[] }, b: { en?: string[]; hi?: string[] }): number =>
  collator.compare(sortKey(a), sortKey(b)) || (a.hi?.[0] ?? '').localeCompare(b.hi?.[0] ?? '');

/** The canonical form of a lexicon file: terms and senses sorted, keys in a fixed order. */
export function canonicalLexicon(file: LexiconFile): LexiconFile {
  const term = (t: LexiconTerm): LexiconTerm => ({ en: t.en, hi: t.hi, w: t.w, ...(t.note ? { note: t.note } : {}) });
  const sense = (s: LexiconSense): LexiconSense => ({
    ...(s.en?.length ? { en: s.en } : {}),
    ...(s.hi?.length ? { hi: s.hi } : {}),
    ...(s.note ? { note: s.note } : {}),
  });
  return {
    id: file.id,
    label: { en: file.label.en, hi: file.label.hi },
    terms: [...file.terms].map(term).sort(byKey),
    ...(file.senses?.length ? { senses: [...file.senses].map(sense).sort(byKey) } : {}),
  };
}

/** The canonical form of the glossary: sorted by English form. */
export function canonicalGlossary(file: GlossaryFile): GlossaryFile {
  return { terms: [...file.terms].map((t) => ({ en: t.en, hi: t.hi, kind: t.kind })).sort(byKey) };
}

/** Canonical JSON text for a data file: two-space indent, one term per line. */
export function dataJson(value: unknown): string {
  // Pretty-print, then fold each term object onto one line for reviewable diffs.
  return `${JSON.stringify(value, null, 2).replace(/\{\n\s+("en"|"hi")[^{}]*?\n\s+\}/g, (m) =>
    m
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\[ /g, '[')
      .replace(/ \]/g, ']'),
  )}\n`;
}
