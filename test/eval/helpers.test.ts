import { describe, expect, it } from 'vitest';
import { sentencesContaining } from '../../src/eval/find-sentence.ts';
import { parseGold } from '../../src/eval/gold.ts';
import { sameSentence } from '../../src/eval/match-articles.ts';
import { goldIdsOf } from '../../src/eval/match-participants.ts';
import { normalizeForMatch, normalizeQuote } from '../../src/eval/normalize-for-match.ts';
import { quoteOverlap } from '../../src/eval/score-quotes.ts';
import { mapTopicId, rates } from '../../src/eval/score-topic-assignments.ts';
import { tinyBriefing, tinyGold } from './tiny.ts';

describe('normalizeForMatch', () => {
  it.each<[string, string]>([
    ['“It’s  up\u00a0to them,” he said.', '"it\'s up to them," he said.'],
    ['  A\tB\n', 'a b'],
  ])('%j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('strips outer quote marks from quotes', () => {
    expect(normalizeQuote('“We want peace.”')).toBe('we want peace.');
  });
});

describe('sentencesContaining', () => {
  const article = tinyBriefing.articles.find((a) => a.id === 'y')!;
  const ids = (words: string) => sentencesContaining(article, words).map((s) => s.id);

  it('finds the words, and words cut with an ellipsis in one sentence', () => {
    expect(ids('met Trump')).toEqual(['y#s-1']);
    expect(ids('Putin ... in Alaska')).toEqual(['y#s-1']);
    expect(ids('Putin … Alaska')).toEqual(['y#s-1']);
  });

  it('gives each sentence that holds a piece when the pieces lie in several, and none for words nowhere', () => {
    expect(ids('met Trump ... wants guarantees')).toEqual(['y#s-1', 'y#s-3']);
    expect(ids('not in the text')).toEqual([]);
  });
});

describe('sameSentence', () => {
  it.each<[string, string, boolean]>([
    ['a b c', 'a b c', true],
    ['anchorage: us president donald trump met putin.', 'us president donald trump met putin.', true],
    ['short one.', 'a much longer sentence that holds short one.', false],
    ['one sentence here, quite long.', 'another sentence there, quite long.', false],
  ])('%s | %s', (a, b, expected) => {
    expect(sameSentence(a, b)).toBe(expected);
  });
});

describe('mapTopicId and rates', () => {
  it.each<[string, string | null]>([
    ['ceasefire', 'ceasefire-vs-peace-deal'],
    ['territory', 'territory'],
    ['cease', null],
    ['other', null],
  ])('%s', (gold, expected) => {
    expect(mapTopicId(gold, ['territory', 'ceasefire-vs-peace-deal'])).toBe(expected);
  });

  it.each<[[number, number, number], [number, number, number]]>([
    [
      [1, 1, 0],
      [0.5, 1, 2 / 3],
    ],
    [
      [0, 1, 1],
      [0, 0, 0],
    ],
    [
      [0, 0, 0],
      [1, 1, 1],
    ],
  ])('%j', ([tp, fp, fn], [precision, recall, f1]) => {
    const out = rates(tp, fp, fn);
    expect(out.precision).toBeCloseTo(precision, 6);
    expect(out.recall).toBeCloseTo(recall, 6);
    expect(out.f1).toBeCloseTo(f1, 6);
  });
});

describe('quoteOverlap', () => {
  it.each<[string, string, boolean]>([
    ['We want peace.', '“We want peace”', true],
    ['We want peace. Now.', 'We want peace.', true],
    ['We want peace and quiet', 'peace', false],
    ['walk', 'walk', true],
    ['A quote', 'Something else entirely', false],
  ])('%s | %s', (gold, briefing, found) => {
    expect(quoteOverlap(gold, briefing) > 0).toBe(found);
  });
});

describe('goldIdsOf', () => {
  it.each<[string, string[], string[]]>([
    ['Donald Trump', [], ['donald-trump']],
    ['Volodymyr Zelenskyy', ['Zelenskyy'], ['volodymyr-zelensky']],
    ['Someone', ['Trump', 'Putin'], ['donald-trump', 'vladimir-putin']],
    ['Putin', ['Trump'], ['vladimir-putin']],
    ['Nobody', [], []],
  ])('%s %j', (name, aliases, expected) => {
    expect(goldIdsOf({ name, aliases }, tinyGold.participants)).toEqual(expected);
  });
});

describe('parseGold', () => {
  it('accepts the fixture shape and defaults missing lists', () => {
    expect(parseGold({ articles: [] })).toEqual({ articles: [], participants: [], quotes: [], events: [], crossSource: [] });
  });

  it.each<[unknown, RegExp]>([
    [null, /expected an object/],
    [{ articles: {} }, /"articles" must be a list/],
    [{ articles: [{ file: 'a' }] }, /articles\[0\] needs/],
    [{ articles: [{ file: 'a', sentences: [{ text: 'x' }] }] }, /sentences\[0\] needs/],
  ])('rejects %j', (input, message) => {
    expect(() => parseGold(input)).toThrow(message);
  });
});
