import { describe, expect, it } from 'vitest';
import { supportedClaims } from '../../src/site/views/supported-claims.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { articleOf, briefingOf, claimOver } from '../helpers/model-parts.ts';

describe('supportedClaims: what a source page lists under "Claims it supports"', () => {
  const one = articleOf('a-1', '2025-01-01', 'One', 3);
  const two = articleOf('a-2', '2025-01-02', 'Two', 3);
  const wire = { ...articleOf('a-3', '2025-01-02', 'Three', 3), sourceKey: 'One' };
  const shared = { ...claimOver([one, two], 'c-shared'), sentences: ['a-1#s-2', 'a-2#s-1', 'a-1#s-3'] };
  const early = { ...claimOver([one, two], 'c-early'), sentences: ['a-1#s-3', 'a-2#s-2'] };
  const copied = { ...claimOver([one, wire], 'c-copied'), independentSources: 1 };
  const spelling = { ...claimOver([one, two], 'c-spelling'), kind: 'spelling' as const, status: 'disputed' as const };
  const index = indexBriefing(briefingOf({ articles: [one, two, wire], claims: [early, shared, copied, spelling] }));

  it('lists each fact two independent sources report once, at its first sentence, in reading order', () => {
    expect(supportedClaims(index, one).map(({ claim, sentence }) => [claim.id, sentence.id])).toEqual([
      ['c-shared', 'a-1#s-2'],
      ['c-early', 'a-1#s-3'],
    ]);
  });

  it('leaves out a name spelled differently and a fact only wire copies share', () => {
    const ids = supportedClaims(index, one).map(({ claim }) => claim.id);
    expect(ids).not.toContain('c-spelling');
    expect(ids).not.toContain('c-copied');
  });
});
