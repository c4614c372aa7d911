import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Node by default: most files test pure code. A file that needs a DOM says so on its first line
    // (`// @vitest-environment happy-dom`, or `jsdom` for the sanitizer), so no other file pays for one.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    // Real-Chromium specs run with vitest.e2e.config.ts after a build (npm run test:e2e).
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
});
