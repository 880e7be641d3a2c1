/**
 * The `quietread:*` User Timing marks (issue #16, fingerprinting): set in measuring builds only.
 * Unit tests are one (vitest.config.ts defines `__QR_MARKS__`); the release build's absence of marks
 * is checked on the built extension in test/e2e/hostile-round2.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { TIMING_MARKS, timingMark } from '../../../src/ondemand/timing-mark';

describe('timing marks', () => {
  it('are on in a measuring build, and land on the page timeline', () => {
    expect(TIMING_MARKS).toBe(true);
    performance.clearMarks();
    timingMark('quietread:test');
    expect(performance.getEntriesByName('quietread:test', 'mark')).toHaveLength(1);
  });
});
