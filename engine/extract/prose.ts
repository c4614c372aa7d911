/**
 * The shape of a block's text: how much of it is real sentences, and whether it reads as a form's
 * label or a spec line instead. Cheap and language-light (terminators of the scripts the benchmarks
 * hold); it measures, it does not segment for the engine (engine/text/segment.ts does that).
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// Every block those scripts live in (a superset): the slow script classes run only on text with one.
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\ud840-\ud8bf]/;

/** Words, counting Han, kana and Hangul characters (written without spaces) two to a word. */
export function wordCount(text: string): number {
  const spaced = text.match(/\S+/g)?.length ?? 0;
  if (!MAYBE_CJK.test(text)) return spaced;
  return spaced + Math.floor((text.match(CJK)?.length ?? 0) / 2);
}

/** A real sentence has at least this many words: "Dr." or "Yes." alone is not one. */
export const MIN_SENTENCE_WORDS = 4;
/** … and at most this many: longer runs are lists or tables glued together, not a sentence. */
export const MAX_SENTENCE_WORDS = 80;

/** How a block's words split into sentence shapes. */
export interface TextShape {
  words: number;
  /** Words in real sentences (ending with . ! ? । ॥ 。 ！ ？ ؟ ۔, 4–80 words). */
  sentenceWords: number;
  /** Of those, words in statements (not questions: a form's labels are often questions). */
  statementWords: number;
}

// A closing quote or bracket may follow the terminator. "…" and ".." end a cut-off snippet, not a
// sentence. A "|" after Devanagari is the danda typed on a Latin keyboard.
const TERMINATED = /(?:[^.]\.|[!?।॥。！？؟۔]|\p{Script=Devanagari}\s?\|)["'”’»)\]]*$/u;
const QUESTION = /[?？؟]["'”’»)\]]*$/u;
// Sentence ends: a terminator (and closers) before white space, or after a CJK full stop. An
// ellipsis is no end: "stolen from her room ... TMZ has learned." is one sentence.
const SPLIT = /(?<=(?:[^.]\.|[!?।॥؟۔|])["'”’»)\]]*)\s+|(?<=[。！？]["'”’»)\]]*)|\n/u;

/** Measures how much of a text is real sentences. */
export function textShape(text: string): TextShape {
  let words = 0;
  let sentenceWords = 0;
  let statementWords = 0;
  for (const piece of text.split(SPLIT)) {
    const s = piece.trim();
    if (!s) continue;
    const n = wordCount(s);
    words += n;
    if (n < MIN_SENTENCE_WORDS || n > MAX_SENTENCE_WORDS || !TERMINATED.test(s)) continue;
    sentenceWords += n;
    if (!QUESTION.test(s)) statementWords += n;
  }
  return { words, sentenceWords, statementWords };
}

// "Date of birth *", "Passport number:", "Publisher: Riverbank Press", "Name ________".
const FIELD_LINE = /^[^.!?।:：]{1,60}(?:\s\*|[:：]\s*(?:[^.!?।]{0,80})?|\s*_{3,}.*|\s*\.{5,}.*)$/u;

/** True when a line reads as a form label or a "Field: value" line, not prose. */
export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(text.trim());
}
