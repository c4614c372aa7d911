/** The bundled glossary and its senses: size, scripts, one concept per written form, canonical senses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GLOSSARY, GLOSSARY_SENSES } from '../../../engine/glossary/glossary-sources';
import { glossTokens } from '../../../engine/glossary/match';

const LATIN = /[A-Za-z]/;
const DEVANAGARI = /[\u0900-\u097F]/;
const key = (form: string): string =>
  glossTokens(form)
    .map((t) => t.form)
    .join(' ');

describe('diplomatic glossary', () => {
  test('has at least 1,500 terms (issue 4, tier 3)', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(1500);
  });

  test('English forms have no Devanagari, Hindi forms no Latin letters', () => {
    const bad = GLOSSARY.flatMap((t) => [...t.en.filter((f) => DEVANAGARI.test(f)), ...t.hi.filter((f) => LATIN.test(f))]);
    expect(bad).toEqual([]);
  });

  test.each(['en', 'hi'] as const)('no %s form is listed twice in one term or at the same rank in two terms', (side) => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    GLOSSARY.forEach((t, i) => {
      const inTerm = new Set<string>();
      t[side].forEach((form, rank) => {
        const k = key(form);
        if (inTerm.has(k)) clashes.push(`${form} twice in ${t.en[0]}`);
        inTerm.add(k);
        const at = `${k}@${rank}`;
        const other = seen.get(at);
        if (other !== undefined && other !== String(i)) clashes.push(`${form} (rank ${rank}) in ${t.en[0]} and ${GLOSSARY[Number(other)]!.en[0]}`);
        seen.set(at, String(i));
      });
    });
    expect(clashes).toEqual([]);
  });
});

describe('glossary senses', () => {
  const text = readFileSync(join(process.cwd(), 'engine/glossary/senses.json'), 'utf8');
  const file = JSON.parse(text) as { note: string; senses: { en?: string[]; hi?: string[]; note: string }[] };

  test('is pretty-printed JSON, sorted by first form, with a note on every entry', () => {
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    const firsts = file.senses.map((s) => (s.en ?? s.hi ?? [''])[0]!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a.localeCompare(b, 'en')));
    expect(file.senses.filter((s) => s.note.length <= 10).map((s) => (s.en ?? s.hi ?? [''])[0])).toEqual([]);
  });

  test('each sense has forms in the right script, sorted (every problem listed at once)', () => {
    const problems = GLOSSARY_SENSES.flatMap((s, i) => {
      const name = (s.en ?? s.hi ?? [`sense ${i}`])[0];
      const sorted = (list: readonly string[]) => list.every((f, k) => k === 0 || list[k - 1]!.localeCompare(f) <= 0);
      return [
        ...((s.en?.length ?? 0) + (s.hi?.length ?? 0) === 0 ? [`${name}: no forms`] : []),
        ...(s.en ?? []).filter((f) => DEVANAGARI.test(f)).map((f) => `${name}: English form "${f}" has Devanagari`),
        ...(s.hi ?? []).filter((f) => LATIN.test(f)).map((f) => `${name}: Hindi form "${f}" has Latin letters`),
        ...[s.en ?? [], s.hi ?? []].filter((list) => !sorted(list)).map((list) => `${name}: forms not sorted: ${list.join(', ')}`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
