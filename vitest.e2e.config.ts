import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Specs that open the side panel: `sidePanel.open()` wants the browser's window focused, and two
 * browsers side by side take the focus from each other, so these run one at a time, after the rest.
 */
const FOCUS = ['tests/e2e/side-panel.e2e.test.ts', 'tests/e2e/xss.e2e.test.ts', 'tests/e2e/firefox.e2e.test.ts'];

// End-to-end specs in real Chromium and Firefox ESR (tests/e2e). `npm run test:e2e` builds both e2e variants first.
export default defineConfig({
  test: {
    environment: 'node',
    // Each worker loads its modules once (playwright-core, puppeteer-core) for all its files; each
    // file launches its own browser on a fresh profile, with its own server and ports.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { KOOTNITI_E2E: '1' },
    // A spec spends most of its time waiting on its browser: two at a time fit on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: [...configDefaults.exclude, ...FOCUS],
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'e2e-focus', include: FOCUS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
