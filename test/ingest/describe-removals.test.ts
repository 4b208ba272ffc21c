import { describe, expect, it } from 'vitest';
import type { Removal } from '../../src/ingest/clean/clean-rule.ts';
import { describeRemovals, listRemovals } from '../../src/ingest/describe-removals.ts';

/** A removal of `kind`; `kept` for the markers kept as fields. */
const removal = (kind: string, kept: string | null = null, text = kind): Removal => ({ kind, text, reason: 'rule', kept });

describe('describeRemovals', () => {
  it.each<[Removal[], string]>([
    [[], 'nothing'],
    [
      [removal('headline repeat'), removal('dateline', 'WASHINGTON'), removal('headline repeat')],
      '2 headline repeats, dateline WASHINGTON',
    ],
    [
      [removal('advertisement line'), removal('photo credit'), removal('advertisement line'), removal('live-page prompt')],
      '2 advertisement lines, photo credit, live-page prompt',
    ],
    [[removal('wire credit', 'AP'), removal('wire credit', 'AP')], '2 × wire credit AP'],
    [[removal('dateline', 'KYIV/WASHINGTON (Reuters)')], 'dateline KYIV/WASHINGTON (Reuters)'],
  ])('%j → %s', (removed, expected) => {
    expect(describeRemovals(removed)).toBe(expected);
  });
});

describe('listRemovals', () => {
  it('gives one line per removal with the removed text quoted and the reason', () => {
    expect(
      listRemovals([
        { kind: 'advertisement line', text: 'Advertisement', reason: 'drop-furniture-lines: matches "Advertisement"', kept: null },
      ]),
    ).toEqual(['advertisement line: "Advertisement" (drop-furniture-lines: matches "Advertisement")']);
  });

  it.each<[string, string]>([
    ['a terminal escape', 'Share\u001b[2J'],
    ['a line break', 'Read more:\nsecond line'],
    ['a quote mark', 'Photo: "AFP"'],
  ])('keeps %s on one printable line', (_name, text) => {
    const [line = ''] = listRemovals([{ kind: 'k', text, reason: 'r', kept: null }]);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(JSON.parse(line.slice('k: '.length, line.lastIndexOf(' (')))).toBe(text);
  });

  it('cuts a very long removed text', () => {
    const [line = ''] = listRemovals([{ kind: 'k', text: 'x'.repeat(5000), reason: 'r', kept: null }]);
    expect(line.length).toBeLessThan(200);
  });
});
