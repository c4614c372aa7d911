import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { ENGINE_TESTS } from './tests/support/engine-project';

/** Test files that build the extension with WXT (see the "build" project below). */
const BUILD_TESTS = ['tests/unit/build/bundle-size.test.ts', 'tests/unit/build/manifest-icons.test.ts'];

/**
 * Three projects. "engine": the engine's and the CLI's tests (tests/support/engine-project.ts),
 * which touch no global state, share one module graph per worker (`isolate: false`), so the
 * lexicons, glossary and name tables load once rather than once per file. "browser": components,
 * background, settings, translation, each file with a fresh module graph, as WXT's
 * fakeBrowser, vi.mock and fake timers need; "build", the two files that run WXT builds, last and one at a time.
 */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Node by default: most files test pure code. A file that needs a DOM says so on its first line
    // (`// @vitest-environment happy-dom`, or `jsdom` for the sanitizer), so no other file pays for one.
    environment: 'node',
    // Vitest's default (cores − 1) is one worker on a 2-core machine; two keep both cores busy
    // (the main process is idle once the files are transformed).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A bound, not a budget: the seeded property and mutation tests take 1–3 s on an idle 2-core
    // machine and up to 8 s at load 10 (other jobs running), past vitest's 5 s default. Their
    // size is fixed (seeds and run counts), so only the machine's speed moves them.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'engine', include: ENGINE_TESTS, isolate: false } },
      {
        extends: true,
        test: {
          name: 'browser',
          // Real-Chromium specs (tests/e2e) run with vitest.e2e.config.ts after a build (npm run test:e2e).
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...ENGINE_TESTS, ...BUILD_TESTS],
        },
      },
      {
        extends: true,
        // The files that run WXT builds, one at a time and after every other file: each build
        // rewrites .wxt/tsconfig.json, and two at once left it corrupt (two writers' bytes
        // interleaved), which failed every test file transformed after it.
        test: { name: 'build', include: BUILD_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
