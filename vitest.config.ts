import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  // Unit tests are a measuring build: the timing marks are on (src/ondemand/timing-mark.ts).
  define: { __QR_MARKS__: 'true' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    testTimeout: 30_000,
  },
});
