/**
 * Validates the bundled lexicon and glossary data and checks each file is in canonical form
 * (sorted, fixed key order). `--fix` rewrites the files canonically instead of failing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LexiconFile } from '../engine/topics/lexicon';
import { canonicalGlossary, canonicalLexicon, dataJson, glossaryErrors, lexiconErrors, type GlossaryFile } from '../engine/topics/validate';
import { TOPIC_IDS } from '../engine/topics/taxonomy';

const fix = process.argv.includes('--fix');
const LEXICON_DIR = 'engine/topics/lexicon';
const GLOSSARY = 'engine/glossary/diplomatic.json';
let problems = 0;

function report(file: string, errors: string[]): void {
  for (const e of errors) console.error(`${file}: ${e}`);
  problems += errors.length;
}

function checkCanonical(file: string, text: string, canonical: string): void {
  if (text === canonical) return;
  if (fix) {
    writeFileSync(file, canonical);
    console.log(`rewrote ${file}`);
  } else {
    report(file, ['not in canonical form (run: npm run check:data -- --fix)']);
  }
}

const found = readdirSync(LEXICON_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => basename(f, '.json'));
for (const id of TOPIC_IDS) if (!found.includes(id)) report(LEXICON_DIR, [`missing lexicon for topic "${id}"`]);
let terms = 0;
for (const id of found) {
  const path = join(LEXICON_DIR, `${id}.json`);
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text) as LexiconFile;
  report(path, lexiconErrors(file, id));
  checkCanonical(path, text, dataJson(canonicalLexicon(file)));
  terms += file.terms.length;
}

const glossaryText = readFileSync(GLOSSARY, 'utf8');
const glossary = JSON.parse(glossaryText) as GlossaryFile;
report(GLOSSARY, glossaryErrors(glossary));
checkCanonical(GLOSSARY, glossaryText, dataJson(canonicalGlossary(glossary)));

if (problems > 0) {
  console.error(`check:data: ${problems} problem(s)`);
  process.exit(1);
}
console.log(`check:data: ${found.length} lexicons (${terms} terms) and ${glossary.terms.length} glossary terms are valid and canonical`);
