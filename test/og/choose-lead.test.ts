/** Which sentence a card leads with: one that stands alone and fits, whole. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { MAX_LEAD_CHARS, chooseLead, standsAlone } from '../../src/og/content/choose-lead.ts';

describe('standsAlone', () => {
  it.each([
    ['Rustem Umerov said on Thursday that talks in Geneva were constructive.', true],
    ['“We will keep talking,” Umerov said.', true],
    ['The U.S. will discuss security guarantees after a deal is signed.', true],
    ['He said the talks were constructive.', false],
    ['“We will keep talking,” he said.', false],
    ['But Moscow rejected the conditions.', false],
    ['However, no date was set.', false],
    ['That plan has since been revised to 19 points.', false],
    ['“This is not the end,” she told reporters in Geneva.', false],
    ['The plan sets out three steps:', false],
    ['Theirs was the longest meeting.', true],
  ])('%s → %s', (text, expected) => {
    expect(standsAlone(text)).toBe(expected);
  });
});

describe('chooseLead', () => {
  const long = `Umerov ${'and the delegation '.repeat(20)}arrived.`;
  it.each([
    ['the first that stands alone', ['He said so.', 'Umerov said so.', 'Yermak said so.'], 'Umerov said so.'],
    ['the first that fits when none stands alone', [long, 'He said so.', 'But not yet.'], 'He said so.'],
    ['a short one over a long one that stands alone', [long, 'He said so.', 'Umerov said so.'], 'Umerov said so.'],
    ['the first when nothing fits', [long, `${long} Again.`], long],
  ])('takes %s', (_, texts, expected) => {
    expect(long.length).toBeGreaterThan(MAX_LEAD_CHARS);
    expect(chooseLead(texts.map((text) => ({ text })))?.text).toBe(expected);
  });

  it('gives null with no candidates', () => {
    expect(chooseLead([])).toBeNull();
  });
});
