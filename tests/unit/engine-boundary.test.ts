/**
 * The engine is pure: everything under engine/ runs in Node and in every extension context, so
 * it imports no browser glue (wxt, preact, the UI text, utils/) and touches no global that only
 * one runtime has (window, document, navigator, browser, chrome, localStorage, process). What it
 * needs comes in as an argument (the extraction reads the Document it is handed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(process.cwd(), 'engine');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The code without comments and string contents, so a word in a doc comment is no violation. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

const FORBIDDEN_IMPORTS = /^(wxt|@wxt-dev\/|#i18n|preact|@\/(?!engine\/)|.*\/utils\/|.*\/components\/|.*\/entrypoints\/|node:)/;
const FORBIDDEN_GLOBALS = /\b(window|document|navigator|browser|chrome|localStorage|sessionStorage|process)\s*[.[]/;

const files = sources(ROOT);

test('the engine has files to check', () => {
  expect(files.length).toBeGreaterThan(40);
});

describe.each(files.map((f) => [relative(process.cwd(), f), f]))('%s', (_, file) => {
  const text = readFileSync(file, 'utf8');

  test('imports nothing from the browser side', () => {
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(specifiers.filter((s) => FORBIDDEN_IMPORTS.test(s))).toEqual([]);
  });

  test('touches no runtime-specific global', () => {
    const found = code(text).match(FORBIDDEN_GLOBALS);
    expect(found?.[0] ?? null).toBeNull();
  });
});
