/** The CLI as a user runs it: a child process, its exit code, stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'kootniti-cli-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(TSX, ['scripts/summarize.ts', ...args], { cwd: process.cwd(), input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HINDI_TEXT = `भारत और रूस ने रक्षा सहयोग पर बातचीत की
विदेश मंत्री एस. जयशंकर ने मॉस्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की। दोनों नेताओं ने मिसाइल प्रणालियों के संयुक्त उत्पादन और कलपुर्जों की आपूर्ति पर चर्चा की।

दोनों देशों ने द्विपक्षीय व्यापार बढ़ाने और राष्ट्रीय मुद्राओं में भुगतान पर सहमति जताई। कच्चे तेल और एलएनजी की आपूर्ति पर भी बात हुई।`;

describe('summarize CLI', () => {
  test('with no file it prints the card of the bundled sample', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Defence · रक्षा');
    expect(r.stdout).toContain('Overview · सारांश');
  }, 30_000);

  test('--json prints only JSON in the documented shape', () => {
    const r = run([file('a.txt', HINDI_TEXT), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.language).toBe('hi');
    expect(json.title).toBe('भारत और रूस ने रक्षा सहयोग पर बातचीत की');
    expect(Object.keys(json)).toEqual(['schemaVersion', 'title', 'language', 'siteName', 'byline', 'publishedTime', 'url', 'overview', 'sections', 'entities', 'sentences']);
    expect(json.sentences.length).toBe(4);
    // `minor` is there only on a minor topic's section.
    for (const s of json.sections) expect(Object.keys(s).filter((k) => k !== 'minor')).toEqual(['topic', 'label', 'share', 'sentences', 'keyTerms']);
  }, 30_000);

  test('"-" reads standard input, and --markdown renders Markdown', () => {
    const r = run(['-', '--markdown'], HINDI_TEXT);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# भारत और रूस')).toBe(true);
  }, 30_000);

  test.each([
    ['a missing file', () => [join(dir, 'nope.html')], /no such file/, 2],
    ['an empty file', () => [file('empty.txt', '  \n')], /is empty/, 1],
    ['binary input', () => [file('x.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], /binary/, 1],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e]))], /UTF-8/, 1],
    ['an unsupported language', () => [file('fr.txt', 'Le sommet\n\nLes ministres se sont réunis à Paris pour parler de la coopération et du commerce entre les deux pays.')], /Unsupported language \(fr\)/, 1],
    ['a page with no article', () => [file('front.html', `<html><body><ul>${'<li><a href="/x">A headline</a></li>'.repeat(20)}</ul></body></html>`)], /No article found/, 1],
    ['an unknown option', () => ['--yaml'], /unknown option/, 2],
  ])('%s: one line on stderr, non-zero exit, no stack trace', (_name, args, message, code) => {
    const r = run(args());
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
