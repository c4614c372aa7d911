/**
 * Snapshots what the engine prints, to check a change leaves its output byte-identical.
 *
 *   npx tsx scripts/snapshot-outputs.ts <dir>            write the snapshot into <dir>
 *   npx tsx scripts/snapshot-outputs.ts <dir> --compare <before>   …then compare with <before>
 *
 * It writes `npm run -s summarize -- <file> --json` (stdout, stderr and exit code) for every
 * fixture page and sample, run as the CLI runs, and, in one process, summarize() as JSON for each
 * training article in both languages, plain and with a reader's extra keywords.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { summarize } from '../engine/pipeline';
import type { Article, Lang } from '../engine/types';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('Usage: npx tsx scripts/snapshot-outputs.ts <dir> [--compare <before-dir>]');
  process.exit(2);
}
const compareAt = args.indexOf('--compare');
const before = compareAt >= 0 ? args[compareAt + 1] : undefined;
mkdirSync(out, { recursive: true });

const pages = readdirSync('tests/fixtures/pages')
  .filter((slug) => existsSync(join('tests/fixtures/pages', slug, 'source.html')))
  .map((slug) => ({ name: `page-${slug}`, file: join('tests/fixtures/pages', slug, 'source.html') }));
const samples = readdirSync('samples')
  .filter((f) => /\.(html|txt)$/.test(f))
  .map((f) => ({ name: `sample-${f}`, file: join('samples', f) }));

for (const { name, file } of [...pages, ...samples]) {
  const run = spawnSync('npm', ['run', '-s', 'summarize', '--', file, '--json'], { encoding: 'utf8' });
  writeFileSync(join(out, `${name}.json`), run.stdout);
  writeFileSync(join(out, `${name}.stderr`), `${run.stderr}exit ${run.status}\n`);
}

interface TrainingArticle {
  title: Record<Lang, string>;
  paragraphs: Record<Lang, string>[][];
}
const EXTRA = { energy: ['hydrogen hub', 'हरित हाइड्रोजन'], trade: ['tariff', 'शुल्क'], defence: ['football'] };
const articles = readdirSync('training/articles').filter((f) => f.endsWith('.json'));
const lines: string[] = [];
for (const f of articles) {
  const a = JSON.parse(readFileSync(join('training/articles', f), 'utf8')) as TrainingArticle;
  for (const lang of ['en', 'hi'] as const) {
    const article: Article = {
      title: a.title[lang],
      lang,
      blocks: a.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.map((s) => s[lang]).join(' ') })),
    };
    lines.push(`${basename(f)} ${lang} ${JSON.stringify(summarize(article))}`);
    lines.push(`${basename(f)} ${lang} +extra ${JSON.stringify(summarize(article, { extraKeywords: EXTRA, perSection: 5 }))}`);
  }
}
writeFileSync(join(out, 'training-articles.jsonl'), `${lines.join('\n')}\n`);
console.log(`${pages.length} fixture pages, ${samples.length} samples, ${articles.length} training articles × 2 languages × 2 option sets → ${out}`);

if (before) {
  try {
    execFileSync('diff', ['-r', '-q', before, out], { stdio: 'inherit' });
    console.log(`identical to ${before}: ${readdirSync(out).length} files, byte for byte`);
  } catch {
    console.error(`DIFFERENT from ${before}`);
    process.exit(1);
  }
}
