/**
 * Runtime dependencies are what runs in the shipped extension: the build toolchain (WXT, its i18n
 * module, vite) stays a dev dependency, so `npm ci --omit=dev` installs only these. Read from the
 * lock file, whose `dev`, `devOptional` and `optional` flags say what a production install skips.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

test('a production install is the five libraries the extension ships', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const production = Object.entries(lock.packages)
    .filter(([path, e]) => path !== '' && !e.dev && !e.devOptional && !e.optional)
    .map(([path]) => path.replace(/^.*node_modules\//, ''))
    .sort();
  expect(production).toEqual(['@mozilla/readability', 'dompurify', 'idb', 'preact', 'valibot']);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@mozilla/readability', 'dompurify', 'idb', 'preact', 'valibot']);
});
