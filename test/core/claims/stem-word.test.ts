import { describe, expect, it } from 'vitest';
import { claimId } from '../../../src/core/claims/claim-id.ts';
import { stemWord } from '../../../src/core/claims/stem-word.ts';

describe('stemWord', () => {
  it.each([
    ['talks', 'talk'],
    ['talk', 'talk'],
    ['agreed', 'agre'],
    ['agree', 'agre'],
    ['meeting', 'meet'],
    ['countries', 'country'],
    ['stopped', 'stop'],
    ['guarantees', 'guarante'],
    ['guarantee', 'guarante'],
    ['zelenskiy', 'zelensky'],
    ['zelenskyy', 'zelensky'],
    ['zelensky', 'zelensky'],
    ['1200', '1200'],
    ['war', 'war'],
    ['us', 'us'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('claimId', () => {
  it('depends on the members, not their order', () => {
    expect(claimId(['b#s-2', 'a#s-1'])).toBe(claimId(['a#s-1', 'b#s-2']));
    expect(claimId(['a#s-1', 'b#s-2'])).not.toBe(claimId(['a#s-1', 'b#s-3']));
    expect(claimId(['a#s-1'])).toMatch(/^c-[0-9a-f]{12}$/);
  });
});
