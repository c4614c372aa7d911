/**
 * The extension's own code never writes HTML strings into the DOM (innerHTML, outerHTML,
 * insertAdjacentHTML, document.write, dangerouslySetInnerHTML): the card is built by Preact from
 * text, and page HTML only passes through DOMPurify. scripts/lint-firefox.ts relies on this when it
 * accepts Preact's dangerouslySetInnerHTML code path as unused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOTS = ['entrypoints', 'components', 'utils'];
const SINK = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|\bdocument\.write(?:ln)?\s*\(/;

const files = ROOTS.flatMap((root) =>
  readdirSync(resolve(process.cwd(), root), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:ts|tsx)$/.test(f))
    .map((f) => join(root, f)),
);

test('no source writes HTML strings into the DOM', () => {
  expect(files.length).toBeGreaterThan(20);
  const hits = files.flatMap((file) =>
    readFileSync(resolve(process.cwd(), file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (SINK.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(hits).toEqual([]);
});
