// @vitest-environment node
/**
 * Every storage key is spelled once: in utils/storage.ts, as a WXT storage item. Anywhere else in
 * the extension's code, a `local:…` or `session:…` key (or a raw storage call) is a second spelling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOTS = ['utils', 'entrypoints', 'components', 'engine'].map((d) => resolve(process.cwd(), d));
const STORAGE_MODULE = 'utils/storage.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The code without comments, so a key named in a doc comment is no spelling. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const KEY = /['"`](?:local|session|sync|managed):[A-Za-z$]/;
const RAW_CALL = /\bstorage\.(?:getItem|getItems|setItem|setItems|removeItem|removeItems|watch|getMeta|setMeta|defineItem)\b|\bbrowser\.storage\./;
const files = ROOTS.flatMap(sources).map((f) => [relative(process.cwd(), f), code(readFileSync(f, 'utf8'))] as const);

test('storage keys and storage calls appear in utils/storage.ts alone', () => {
  const elsewhere = files.filter(([name, text]) => name !== STORAGE_MODULE && (KEY.test(text) || RAW_CALL.test(text)));
  expect(elsewhere.map(([name]) => name)).toEqual([]);
});

test('utils/storage.ts spells each key once', () => {
  const text = files.find(([name]) => name === STORAGE_MODULE)?.[1] ?? '';
  // Every key literal in the module (an item's key, or a constant naming one used by two items).
  const keys = [...text.matchAll(/['"`]((?:local|session|sync|managed):[^'"`]+)['"`]/g)].map((m) => m[1]);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the module's template literal, as written in its source.
  expect(keys).toEqual(['local:settings', 'local:provider', 'local:translationCache', 'session:summary:${tabId}', 'session:progress', 'session:cardUi']);
  expect(new Set(keys).size).toBe(keys.length);
});
