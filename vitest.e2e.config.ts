import { defineConfig } from 'vitest/config';

// End-to-end specs in real Chromium and Firefox ESR (tests/e2e). `npm run test:e2e` builds both e2e variants first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // One browser at a time: these machines have two cores.
    fileParallelism: false,
    // One worker for every file, its modules loaded once (playwright-core, puppeteer-core): each
    // file still launches its own browser on a fresh profile in beforeAll.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { KOOTNITI_E2E: '1' },
  },
});
