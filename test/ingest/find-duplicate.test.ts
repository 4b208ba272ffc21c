import { describe, expect, it } from 'vitest';
import { DUPLICATE_SHARE, compareBodies, findDuplicate } from '../../src/ingest/find-duplicate.ts';

const paragraphs = (count: number, prefix = 'Paragraph') => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1} about the talks.`);
const body = (lines: string[]) => lines.join('\n\n');

describe('findDuplicate', () => {
  it('names the first article whose body is duplicated, with the reason', () => {
    const existing = [
      { file: 'articles/a.md', body: body(['Other.', 'Text.']) },
      { file: 'articles/b.md', body: body(paragraphs(3)) },
    ];
    expect(findDuplicate(body(paragraphs(3)), existing)).toEqual({ file: 'articles/b.md', reason: 'the same text' });
    expect(findDuplicate('Something new.', existing)).toBeNull();
  });

  it.each([
    ['identical', body(paragraphs(5)), body(paragraphs(5)), 'same text'],
    [
      'case, quotes, spaces and escapes differ',
      'Lavrov said \u201Cno\u201D.\n\n1\\. First  point',
      'lavrov said "no".\n\n1. first point',
      'same text',
    ],
    ['one paragraph added to ten', body(paragraphs(10)), body([...paragraphs(10), 'An extra closing line.']), 'paragraphs'],
    ['same text, paragraphs split differently', 'One. Two.\n\nThree.', 'One. Two. Three.', 'same text'],
    ['two of ten paragraphs changed', body(paragraphs(10)), body([...paragraphs(8), 'New 9.', 'New 10.']), null],
    ['a short extract of a long article', body(paragraphs(2)), body(paragraphs(10)), null],
    ['nothing shared', body(paragraphs(4)), body(paragraphs(4, 'Other')), null],
    ['an empty body', '', body(paragraphs(3)), null],
  ])('%s', (_name, mine, theirs, expected) => {
    expect(compareBodies(mine, theirs)).toBe(expected);
  });

  it('counts repeated paragraphs only as often as they occur', () => {
    const repeated = body(Array.from({ length: 10 }, () => 'Same line.'));
    expect(compareBodies(repeated, body(['Same line.', ...paragraphs(9)]))).toBeNull();
  });

  it('draws the line at the documented share', () => {
    expect(DUPLICATE_SHARE).toBe(0.9);
    expect(compareBodies(body(paragraphs(10)), body([...paragraphs(9), 'Changed.']))).toBe('paragraphs');
    expect(compareBodies(body(paragraphs(10)), body([...paragraphs(8), 'X.', 'Y.']))).toBeNull();
  });
});
