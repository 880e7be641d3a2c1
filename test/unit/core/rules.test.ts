import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { RULES } from '../../../src/core/rules/index';
import { CORE_FIXTURES, expected, loadFixture, squash } from './fixtures';

describe('boilerplate rules table', () => {
  test('ids are unique and sorted', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  test('every rule finds something on at least one fixture', () => {
    for (const rule of RULES)
      expect(
        Object.values(rule.expect).some((n) => n > 0),
        rule.id,
      ).toBe(true);
  });

  test('every rule names only existing fixtures', () => {
    for (const rule of RULES)
      for (const slug of Object.keys(rule.expect)) expect(CORE_FIXTURES, `${rule.id} → ${slug}`).toContain(slug);
  });

  test.each(CORE_FIXTURES)('expected counts hold on %s', (slug) => {
    const matches = findBoilerplate(loadFixture(slug));
    for (const rule of RULES) {
      const want = rule.expect[slug];
      if (want !== undefined)
        expect(matches.filter((m) => m.ruleId === rule.id).length, `${rule.id} on ${slug}`).toBe(want);
    }
    expect(matches.length, `blocks on ${slug}`).toBe(expected(slug).blocks);
  });

  test.each(CORE_FIXTURES)('no rule touches the extracted article of %s', (slug) => {
    const doc = loadFixture(slug);
    const analysis = analyzePage(doc, 'https://example.com/post/');
    expect(analysis.ok).toBe(true);
    for (const match of findBoilerplate(doc)) {
      for (const s of expected(slug).mustContain)
        expect(squash(match.element.textContent ?? ''), `${match.ruleId} on ${slug}`).not.toContain(s);
    }
  });
});
