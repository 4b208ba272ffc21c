/** The `written` day of a topic's background: a real day, as YAML gives it (text or, unquoted, a date), or absent. */
import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/boundary/editorial-schemas.ts';

const topic = {
  id: 'territory',
  title: 'Territory',
  question: 'Who keeps which land?',
  order: 1,
  threshold: 1,
  cues: [{ term: 'land', weight: 1 }],
};

describe('topicSchema written', () => {
  it.each([
    ['a day as text', '2026-11-21', '2026-11-21'],
    ['an unquoted YAML date', new Date('2026-11-21T00:00:00Z'), '2026-11-21'],
    ['no day at all', undefined, undefined],
  ])('accepts %s', (_, written, expected) => {
    const parsed = topicSchema.safeParse({ ...topic, written });
    expect(parsed.success && parsed.data.written).toBe(expected ?? undefined);
  });

  it.each([
    ['21 November 2026', 'expected YYYY-MM-DD, got "21 November 2026"'],
    ['2026-02-30', 'expected YYYY-MM-DD, got "2026-02-30"'],
    [20261121, 'expected YYYY-MM-DD, got 20261121'],
  ])('refuses %s with a message naming it', (written, message) => {
    const parsed = topicSchema.safeParse({ ...topic, written });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([`written: ${message}`]);
  });
});
