/** A key term as a chip: "संयुक्त उत्पादन ↔ joint production". */
import type { KeyTerm } from '../engine/types';

/** Props: the term pair and the test id of its list. */
export interface TermChipProps {
  term: KeyTerm;
  testId?: string;
}

/** Renders one term, Hindi ↔ English, each side tagged with its language. */
export function TermChip({ term, testId = 'key-term' }: TermChipProps) {
  return (
    <li class="chip" data-testid={testId}>
      <span lang="hi">{term.hi}</span>
      <span aria-hidden="true"> ↔ </span>
      <span lang="en">{term.en}</span>
    </li>
  );
}
