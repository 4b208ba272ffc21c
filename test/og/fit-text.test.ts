import { describe, expect, it } from 'vitest';
import { fitText, linesAt, textWidthEm } from '../../src/og/template/fit-text.ts';

describe('linesAt', () => {
  it.each([
    ['', 40, 1000, 1],
    ['Umerov', 40, 1000, 1],
    ['word '.repeat(60).trim(), 40, 1000, 7],
    ['x'.repeat(200), 40, 1000, 5],
    ['Zelenskiy and Trump', 100, 500, 3],
  ])('%j at %ipx in %ipx takes %i lines', (text, size, width, lines) => {
    expect(linesAt(text, size, width)).toBe(lines);
  });

  it('counts capitals and wide letters wider than narrow ones', () => {
    expect(textWidthEm('MMMM')).toBeGreaterThan(textWidthEm('iiii') * 2);
  });
});

describe('fitText', () => {
  const sizes = [72, 56, 40, 32];
  it.each([
    ['a short line takes the largest size', 'Talks resume.', 400, { size: 72, lines: 1 }],
    [
      'a longer text steps down until it fits',
      'Rustem Umerov said on Thursday that the talks in Geneva had been constructive and would go on next week.',
      200,
      { size: 40, lines: 3 },
    ],
    ['a text too long for the smallest size is clamped to the lines that fit', 'word '.repeat(400), 200, { size: 32, lines: 5 }],
  ])('%s', (_, text, height, expected) => {
    expect(fitText(text, sizes, 1000, height, 1.25)).toEqual(expected);
  });
});
