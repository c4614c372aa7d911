/**
 * Glossary precision and coverage for npm run eval:bilingual (scripts/eval-bilingual.ts): the
 * glossed terms the matcher finds on one side of a sentence pair, checked against the other side.
 */
import { latinToDevanagari } from '../../engine/entities/latin-to-devanagari';
import { GLOSSARY, GLOSSARY_SENSES } from '../../engine/glossary/glossary-sources';
import {
  compileGlossary,
  compilePhrase,
  containsPhrase,
  glossTokens,
  matchGlossary,
  type Concept,
  type GlossPhrase,
  type Sense,
  type Side,
} from '../../engine/glossary/match';
import { stem } from '../../engine/text/stem';
import { words } from '../../engine/text/tokenize';
import { LEXICONS } from '../../engine/topics/lexicon-sources';

const stemsOf = (text: string): string[] => words(text).map(stem);

/** One sentence pair of the parallel set, with its topic labels ('' when none). */
export interface Row {
  en: string;
  hi: string;
  topics: string;
}
/** The concepts a matcher is compiled from, their senses, and each concept's source (glossary or lexicon id). */
export interface Source {
  concepts: Concept[];
  senses: Sense[];
  label: string[];
}

/** The glossary's terms, then (for the second source) every lexicon term with both forms, and the lexicons' senses. */
export function sources(): { glossaryOnly: Source; all: Source } {
  const glossaryOnly: Source = { concepts: [...GLOSSARY], senses: [...GLOSSARY_SENSES], label: GLOSSARY.map(() => 'glossary') };
  const all: Source = { concepts: [...glossaryOnly.concepts], senses: [...glossaryOnly.senses], label: [...glossaryOnly.label] };
  for (const file of LEXICONS) {
    for (const t of file.terms) {
      if (!t.en.length || !t.hi.length) continue;
      all.concepts.push({ en: t.en, hi: t.hi });
      all.label.push(file.id);
    }
    for (const s of file.senses ?? []) all.senses.push(s);
  }
  return { glossaryOnly, all };
}

/** One direction's counts: glossed terms matched and found in the reference, and sentences covered. */
export interface Direction {
  matched: number;
  correct: number;
  /** The same, over topic-bearing sentences only (the diplomatic-news domain the card serves). */
  matchedTopical: number;
  correctTopical: number;
  covered: number;
  coveredTopical: number;
  /** Per matched concept: how often matched, and how often the reference lacked it. */
  byConcept: Map<number, { n: number; missed: number }>;
}

/** Glosses each sentence's `from` side and checks every match against the reference `to` side. */
export function scoreDirection(rows: readonly Row[], src: Source, from: Side, to: Side): Direction {
  const index = compileGlossary(src.concepts, from, src.senses);
  // A Hindi reference that keeps a Latin-script term (FBI, NATO, Instagram) or spells it out in
  // Devanagari (सेशन, ज्यूडिशियरी: NTREX's translators often do both) has rendered it: the concept's
  // English forms, and their Latin → Devanagari spelling, count as Hindi renderings too.
  const renderings = (c: Concept): readonly string[] => (to === 'hi' ? [...c.hi, ...c.en, ...c.en.map(latinToDevanagari)] : c.en);
  const targets: GlossPhrase[][] = src.concepts.map((c) =>
    renderings(c)
      .map((f) => compilePhrase(f, 0))
      .filter((p): p is GlossPhrase => p !== null),
  );
  // The reference may carry the rendering in any inflected or derived form (defence/defended,
  // संघर्ष/संघर्षों): besides the rendering's inflections, its stems (engine/text/stem.ts) count.
  const targetStems: string[][][] = src.concepts.map((c) =>
    renderings(c)
      .map(stemsOf)
      .filter((s) => s.length > 0),
  );
  const d: Direction = { matched: 0, correct: 0, matchedTopical: 0, correctTopical: 0, covered: 0, coveredTopical: 0, byConcept: new Map() };
  for (const row of rows) {
    const hits = matchGlossary(index, glossTokens(row[from]));
    const ref = glossTokens(row[to]);
    const refStems = stemsOf(row[to]);
    for (const { concept } of hits) {
      const ok = targets[concept]!.some((p) => containsPhrase(ref, p)) || targetStems[concept]!.some((p) => containsRun(refStems, p));
      d.matched++;
      if (ok) d.correct++;
      if (row.topics) {
        d.matchedTopical++;
        if (ok) d.correctTopical++;
      }
      const c = d.byConcept.get(concept) ?? { n: 0, missed: 0 };
      c.n++;
      if (!ok) c.missed++;
      d.byConcept.set(concept, c);
    }
    if (hits.length) {
      d.covered++;
      if (row.topics) d.coveredTopical++;
    }
  }
  return d;
}

/** True when `run` occurs as a contiguous run in `stems`. */
function containsRun(stems: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= stems.length; i++) {
    for (let k = 0; k < run.length; k++) if (stems[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
