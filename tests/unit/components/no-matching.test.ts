/**
 * The card matches nothing: what the engine found on a line (its terms and names) travels with the
 * summary, so components/ reads the engine's types, the taxonomy and the renderers, never its
 * matchers (glossary, entities, text, topic lexicons).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(process.cwd(), 'components');
/**
 * The engine modules a component may import: the dossier's entry and change types, its sentence
 * links (a renderer), its timeline's geometry and the card's earlier-coverage type (the background
 * counts it); its search, which matches, is run by the dossier page, not a component.
 */
const ALLOWED = /\/engine\/(types|summary\/types|topics\/taxonomy|render\/[\w-]+|dossier\/(entry|filters|fragment|timeline|coverage))$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

test.each(sources(ROOT).map((f) => [relative(process.cwd(), f), f]))('%s imports no engine matcher', (_, file) => {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  expect(specifiers.filter((s) => /\/engine\//.test(s) && !ALLOWED.test(s))).toEqual([]);
});
