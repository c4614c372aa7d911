// @vitest-environment node
/**
 * engine/compiled/ is generated from the lexicons, the glossary and the name tables by
 * `npm run build:index`: the committed files must be what the script writes from today's data,
 * and what the engine reads from them must be exactly what compiling the data gives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gazetteerIndex } from '../../../engine/entities/gazetteer';
import type { KeyedIndex } from '../../../engine/lazy-index';
import { compileGazetteer } from '../../../engine/entities/gazetteer-sources';
import { glossaryIndex, glossText } from '../../../engine/glossary/glossary';
import { GLOSSARY, GLOSSARY_SENSES } from '../../../engine/glossary/glossary-sources';
import { compileGlossary } from '../../../engine/glossary/match';
import { compileLexicons } from '../../../engine/topics/lexicon';
import { LEXICONS } from '../../../engine/topics/lexicon-sources';
import { lexiconIndex } from '../../../engine/topics/lexicons';
import { BUILD_INDEX_COMMAND, compiledIndexFiles } from '../../../scripts/lib/compiled-index';

const generated = compiledIndexFiles();

describe.each(generated.map((f) => [f.path, f.text]))('%s', (path, text) => {
  test('is up to date with its sources', () => {
    const committed = readFileSync(resolve(process.cwd(), path), 'utf8');
    // A boolean, not a 300 KB diff: the message says what to do.
    expect(committed === text, `${path} is stale or edited by hand: run \`${BUILD_INDEX_COMMAND}\` and commit the result`).toBe(true);
  });

  test('is plain data: it imports nothing but types', () => {
    const head = text.slice(0, text.indexOf('\nexport const '));
    const imports = [...head.matchAll(/^import\b.*$/gm)].map((m) => m[0]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});

/**
 * An index written out, key by key in its order, with its sharing: an object met again is written
 * as a reference, so two indexes compare equal only when the same things are shared (every form
 * of a concept shares one Credit; every alias of an entity one EntityRef).
 */
function shape<T>(index: KeyedIndex<T>): string {
  const root = [...index.keys()].map((key) => [key, index.get(key)]);
  const seen = new Map<object, number>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    const id = seen.get(v);
    if (id !== undefined) return { ref: id };
    seen.set(v, seen.size);
    if (v instanceof Map) return { map: [...v].map(([k, x]) => [k, walk(x)]) };
    if (v instanceof Set) return { set: [...v] };
    return { object: Object.entries(v).map(([k, x]) => [k, walk(x)]) };
  };
  return JSON.stringify(walk(root));
}

describe('the engine reads exactly what compiling the data gives', () => {
  test('the lexicons', () => {
    expect(shape(lexiconIndex()) === shape(compileLexicons(LEXICONS))).toBe(true);
  });

  test.each([
    ['a new phrase', { energy: ['hydrogen hub'] }],
    ['a bundled phrase for another topic, and a sense', { trade: ['missile'], defence: ['defence lawyer'] }],
    ['the same keyword twice, in two topics, and blanks', { energy: ['oil', 'oil', ' '], trade: ['oil', ''], people: ['Yoga day'] }],
    ['new phrases of several lengths behind one first word', { space: ['missile test range', 'missile launch pad site', 'missile'] }],
  ])("the lexicons with a reader's keywords: %s", (_, extra) => {
    expect(shape(lexiconIndex(extra)) === shape(compileLexicons(LEXICONS, extra))).toBe(true);
  });

  test("a reader's keywords leave the bundled index as it was", () => {
    const before = shape(lexiconIndex());
    lexiconIndex({ defence: ['missile', 'summit'], trade: ['missile'] });
    expect(shape(lexiconIndex()) === before).toBe(true);
  });

  test.each(['hi', 'en'] as const)('the glossary (%s)', (lang) => {
    expect(shape(glossaryIndex(lang)) === shape(compileGlossary(GLOSSARY, lang, GLOSSARY_SENSES))).toBe(true);
  });

  test("the glossary shows the form the text used and the other language's preferred form", () => {
    const i = GLOSSARY.findIndex((t) => t.hi.length > 1 && t.en.length > 0);
    const term = GLOSSARY[i]!;
    const found = glossText(`यह ${term.hi[1]} है`, 'hi').find((g) => g.en === term.en[0]);
    expect(found).toMatchObject({ hi: term.hi[1], en: term.en[0] });
  });

  test('the gazetteer', () => {
    expect(shape(gazetteerIndex()) === shape(compileGazetteer())).toBe(true);
  });
});
