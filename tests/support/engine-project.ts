/**
 * Which unit tests share one module graph (vitest.config.ts, project "engine"): the engine's and
 * the CLI's, which use no browser fakes, mocks, stubbed globals or fake timers. A test keeps them
 * that way (tests/unit/lint/engine-project.test.ts).
 */

/** Folders under tests/unit whose tests run without isolation. */
export const ENGINE_DIRS = ['cli', 'dossier', 'entities', 'eval', 'extract', 'glossary', 'lint', 'properties', 'render', 'summary', 'text', 'topics'] as const;

/** The same as vitest globs, with the engine's purity test beside them. */
export const ENGINE_TESTS = ['tests/unit/engine-boundary.test.ts', `tests/unit/{${ENGINE_DIRS.join(',')}}/**/*.test.{ts,tsx}`];
