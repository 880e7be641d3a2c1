import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  // Unit tests are a measuring build: the timing marks are on (src/ondemand/timing-mark.ts).
  define: { __QR_MARKS__: 'true' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // The core's Defuddle, as the CLI gives it (src/core/defuddle-source.ts).
    setupFiles: ['test/unit/setup-defuddle.ts'],
    testTimeout: 30_000,
  },
});
