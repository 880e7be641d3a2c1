import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox. One file at a time
// (2 cores, and each file owns a browser); generous timeouts for Firefox's start-up.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
