/** A sentence as the topic model reads it, made with the engine's own tokeniser and stemmer. */
import { contentStems } from '../../summary/vectors';
import { stem } from '../../text/stem';
import { tokenize } from '../../text/tokenize';
import type { AssignInput } from '../assign';

/** Reads a sentence's words, stems and content words (what the pipeline reads per sentence). */
export function assignInput(text: string, block: number, isHeading = false): AssignInput {
  const norms = tokenize(text).map((t) => t.norm);
  const stems = norms.map(stem);
  return { norms, stems, content: contentStems(norms, stems), block, isHeading, text };
}
