/**
 * The tests that share one module graph (tests/support/engine-project.ts) must not change global
 * state another file would see: no vi.mock, no stubbed globals or env, no fake timers, no spies,
 * no WXT fakeBrowser. Such a test belongs in a folder of the isolated "browser" project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ENGINE_DIRS } from '../../support/engine-project';

const UNIT = resolve(process.cwd(), 'tests/unit');
const GLOBAL_STATE = /\bvi\.(?:mock|doMock|hoisted|stubGlobal|stubEnv|useFakeTimers|spyOn)\b|\bfakeBrowser\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

test('no test in the shared-graph folders touches global state', () => {
  const all = [join(UNIT, 'engine-boundary.test.ts'), ...ENGINE_DIRS.flatMap((d) => files(join(UNIT, d)))];
  expect(all.length).toBeGreaterThan(40);
  const offenders = all.filter((f) => GLOBAL_STATE.test(readFileSync(f, 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, ''))).map((f) => relative(process.cwd(), f));
  expect(offenders).toEqual([]);
});
