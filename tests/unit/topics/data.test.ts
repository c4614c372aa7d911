/** The bundled lexicon and glossary data: valid, canonical (sorted, fixed keys), complete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LexiconFile } from '../../../engine/topics/lexicon';
import { LEXICONS } from '../../../engine/topics/lexicon-sources';
import { TOPIC_IDS } from '../../../engine/topics/taxonomy';
import { canonicalGlossary, canonicalLexicon, dataJson, glossaryErrors, lexiconErrors, type GlossaryFile } from '../../../engine/topics/validate';

const read = (path: string): string => readFileSync(join(process.cwd(), path), 'utf8');

test('there is one lexicon per topic, in taxonomy order', () => {
  expect(LEXICONS.map((l) => l.id)).toEqual(TOPIC_IDS);
});

describe.each(TOPIC_IDS)('lexicon %s', (id) => {
  const path = `engine/topics/lexicon/${id}.json`;
  const text = read(path);
  const file = JSON.parse(text) as LexiconFile;
  test('is valid', () => {
    expect(lexiconErrors(file, id)).toEqual([]);
  });
  test('is canonical (npm run check:data -- --fix)', () => {
    expect(text).toBe(dataJson(canonicalLexicon(file)));
  });
  test('has bilingual terms', () => {
    const both = file.terms.filter((t) => t.en.length > 0 && t.hi.length > 0).length;
    expect(both / file.terms.length).toBeGreaterThan(0.7);
  });
});

describe('glossary', () => {
  const text = read('engine/glossary/diplomatic.json');
  const file = JSON.parse(text) as GlossaryFile;
  test('is valid and canonical', () => {
    expect(glossaryErrors(file)).toEqual([]);
    expect(text).toBe(dataJson(canonicalGlossary(file)));
  });
});

describe('validation catches bad data', () => {
  const good: LexiconFile = { id: 'trade', label: { en: 'Trade', hi: 'व्यापार' }, terms: [{ en: ['tariff'], hi: ['शुल्क'], w: 2 }] };
  test.each<[string, LexiconFile, string, RegExp]>([
    ['a wrong weight', { ...good, terms: [{ en: ['tariff'], hi: [], w: 5 }] }, 'trade', /weight/],
    [
      'a duplicate form',
      {
        ...good,
        terms: [
          { en: ['tariff'], hi: [], w: 2 },
          { en: ['tariffs'], hi: [], w: 1 },
        ],
      },
      'trade',
      /duplicates/,
    ],
    ['an untrimmed form', { ...good, terms: [{ en: [' tariff'], hi: [], w: 2 }] }, 'trade', /bad form/],
    ['a wrong id', good, 'energy', /does not match/],
    ['a wrong label', { ...good, label: { en: 'Commerce', hi: 'व्यापार' } }, 'trade', /label/],
  ])('%s', (_name, file, id, message) => {
    expect(lexiconErrors(file, id).join('\n')).toMatch(message);
  });
});
