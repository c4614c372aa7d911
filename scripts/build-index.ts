/**
 * Compiles the lexicons, the glossary and the gazetteer ahead of time into engine/compiled/, so
 * the engine's first card pays no compiling. Run it after editing any of their data files; a unit
 * test (tests/unit/build/compiled-index.test.ts) fails while the committed files are stale.
 *
 *   npm run build:index
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compiledIndexFiles } from './lib/compiled-index';

for (const { path, text } of compiledIndexFiles()) {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  if (old === text) {
    console.log(`${path}: up to date (${(text.length / 1024).toFixed(0)} KB)`);
  } else {
    writeFileSync(path, text);
    console.log(`${path}: written (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
