/** Judging web-ext lint's output: only listed third-party code may warn; errors and our warnings fail. */
import { describe, expect, test } from 'vitest';
import { judge, packageOf, type LintMessage, type Origin } from '../../../scripts/lib/addons-lint';

describe('packageOf', () => {
  test.each([
    ['node_modules/preact/dist/preact.mjs', 'preact'],
    ['node_modules/@mozilla/readability/Readability.js', '@mozilla/readability'],
    ['../../node_modules/dompurify/dist/purify.es.mjs', 'dompurify'],
    ['node_modules/a/node_modules/b/index.js', 'b'],
    ['C:\\x\\node_modules\\@scope\\pkg\\i.js', '@scope/pkg'],
    ['entrypoints/popup/main.tsx', null],
    ['utils/node_modules_like/x.ts', null],
  ])('%s → %s', (source, pkg) => {
    expect(packageOf(source)).toBe(pkg);
  });
});

describe('judge', () => {
  const warning = (file: string): LintMessage => ({
    _type: 'warning',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    file,
    line: 1,
    column: 10,
  });
  const origins: Record<string, Origin | null> = {
    'lib.js': { source: 'node_modules/preact/dist/preact.mjs', line: 1, pkg: 'preact' },
    'other-lib.js': { source: 'node_modules/left-pad/index.js', line: 3, pkg: 'left-pad' },
    'ours.js': { source: 'components/Card.tsx', line: 12, pkg: null },
    'unmapped.js': null,
  };
  const originOf = (m: LintMessage) => origins[m.file ?? ''] ?? null;

  test.each([
    ['a listed package with its listed code', warning('lib.js'), true],
    ['a listed package with another code', { ...warning('lib.js'), code: 'NO_IMPLIED_EVAL' }, false],
    ['a package that is not listed', warning('other-lib.js'), false],
    ['our own code', warning('ours.js'), false],
    ['a warning that cannot be traced', warning('unmapped.js'), false],
    ['an error, even from a listed package', { ...warning('lib.js'), _type: 'error' as const }, false],
  ])('%s: accepted = %s', (_, message, accepted) => {
    const [verdict] = judge([message], originOf);
    expect(verdict?.acceptedBecause !== undefined).toBe(accepted);
  });

  test('notices are reported elsewhere, never judged', () => {
    expect(judge([{ _type: 'notice', code: 'KNOWN_LIBRARY', message: 'known library' }], originOf)).toEqual([]);
  });
});
