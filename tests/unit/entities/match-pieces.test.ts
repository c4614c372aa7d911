/** Match pieces as parallel arrays: the same pieces as matchTokens, raw text sliced on demand. */
import { expect, test } from 'vitest';
import { matchPieces, matchTokens } from '../../../engine/entities/match-tokens';

test.each([
  'Officials from the U.S. and Britain arrived in Moscow.',
  "Russia's and India’s ministers met at the G-20 (OPEC+ too).",
  'भारत-रूस वार्ता में डॉ.एस.जयशंकर शामिल हुए।',
  'Jean-Noël Barrot — France’s minister — spoke; “NATO’s” role…',
  '',
])('%s', (text) => {
  const pieces = matchPieces(text);
  const tokens = matchTokens(text);
  expect(pieces.length).toBe(tokens.length);
  tokens.forEach((t, i) => {
    expect(pieces.norms[i]).toBe(t.norm);
    expect(pieces.raw(i)).toBe(t.raw);
    expect([pieces.starts[i], pieces.ends[i]]).toEqual([t.start, t.end]);
    expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
});
