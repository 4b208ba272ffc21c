/** Ids: one shape for every numbered thing of an article, read back the same way everywhere. */
import { describe, expect, it } from 'vitest';
import { anchorOf, articleOf, itemId } from '../../src/core/ids.ts';

describe('ids', () => {
  it.each([
    ['2025-08-16-summit', 's', 3, '2025-08-16-summit#s-3', 's-3'],
    ['x', 'q', 1, 'x#q-1', 'q-1'],
    ['x', 'e', 12, 'x#e-12', 'e-12'],
    ['x', 'f', 2, 'x#f-2', 'f-2'],
  ] as const)('%s %s %s is %s, read back as its article and anchor', (article, kind, n, id, anchor) => {
    expect(itemId(article, kind, n)).toBe(id);
    expect(articleOf(id)).toBe(article);
    expect(anchorOf(id)).toBe(anchor);
  });

  it('reads an article id as itself, with no anchor', () => {
    expect(articleOf('x')).toBe('x');
    expect(anchorOf('x')).toBe('');
  });
});
