/**
 * The CLI's logic, called in-process (`runCli`): its exit code, stdout and stderr for each input.
 * The process wiring itself (stdin, stdout, the exit code) is checked once, in cli/smoke.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../scripts/lib/cli';
import { HINDI_TEXT } from './hindi-text';

const dir = mkdtempSync(join(tmpdir(), 'kootniti-cli-'));

/** Runs the CLI on `args` with `input` as standard input; collects what it writes. */
async function run(args: string[], input: string | Buffer = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('summarize CLI', () => {
  test('with no file it prints the card of the bundled sample', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Defence · रक्षा');
    expect(r.stdout).toContain('Overview · सारांश');
  });

  test('--json prints only JSON in the documented shape', async () => {
    const r = await run([file('a.txt', HINDI_TEXT), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.language).toBe('hi');
    expect(json.title).toBe('भारत और रूस ने रक्षा सहयोग पर बातचीत की');
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'title',
      'language',
      'siteName',
      'byline',
      'publishedTime',
      'url',
      'overview',
      'sections',
      'entities',
      'sentences',
    ]);
    expect(json.sentences.length).toBe(4);
    // `minor` is there only on a minor topic's section.
    for (const s of json.sections) expect(Object.keys(s).filter((k) => k !== 'minor')).toEqual(['topic', 'label', 'share', 'sentences', 'keyTerms']);
  });

  test('"-" reads standard input, and --markdown renders Markdown', async () => {
    const r = await run(['-', '--markdown'], HINDI_TEXT);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# भारत और रूस')).toBe(true);
  });

  test('--per-section N caps the lines of each section', async () => {
    const lines = async (args: string[]) =>
      JSON.parse((await run(['--json', ...args])).stdout).sections.map((s: { sentences: unknown[] }) => s.sentences.length) as number[];
    const byDefault = await lines([]);
    expect(Math.max(...byDefault)).toBe(3);
    expect(await lines(['--per-section', '1'])).toEqual(byDefault.map(() => 1));
  });

  test('--help prints the usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run summarize/);
    expect(r.stderr).toBe('');
  });

  test.each([
    ['a missing file', () => [join(dir, 'nope.html')], /no such file/, 2],
    ['an empty file', () => [file('empty.txt', '  \n')], /is empty/, 1],
    ['binary input', () => [file('x.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], /binary/, 1],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e]))], /UTF-8/, 1],
    [
      'an unsupported language',
      () => [file('fr.txt', 'Le sommet\n\nLes ministres se sont réunis à Paris pour parler de la coopération et du commerce entre les deux pays.')],
      /Unsupported language \(fr\)/,
      1,
    ],
    [
      'a page with no article',
      () => [file('front.html', `<html><body><ul>${'<li><a href="/x">A headline</a></li>'.repeat(20)}</ul></body></html>`)],
      /No article found/,
      1,
    ],
    ['an unknown option', () => ['--yaml'], /unknown option/, 2],
    ['a --per-section out of range', () => ['--per-section', '9'], /--per-section takes a whole number from 1 to 5/, 2],
    ['two inputs', () => [file('b.txt', HINDI_TEXT), file('c.txt', HINDI_TEXT)], /one input at a time/, 2],
  ])('%s: one line on stderr, non-zero exit, no stack trace', async (_name, args, message, code) => {
    const r = await run(args());
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
