import { describe, expect, it } from 'vitest';
import type { TopicCue } from '../../../src/core/model.ts';
import { compileCues } from '../../../src/core/topics/compile-cues.ts';
import { firstWordBits, indexFirstWords } from '../../../src/core/topics/index-first-words.ts';
import { matchCues } from '../../../src/core/topics/match-cues.ts';
import { tokenizeWords } from '../../../src/core/topics/topic-words.ts';

const cues = (...terms: string[]): TopicCue[] => terms.map((term) => ({ term, weight: 1 }));
const topics = [cues('security guarantees', 'negotiat*'), cues('met @name', '@number points'), cues('* decide', 'nato')];
const tries = topics.map(compileCues);
const index = indexFirstWords(tries);

describe('firstWordBits', () => {
  it.each<[string, number[]]>([
    ['Security', [0b101]],
    ['negotiators', [0b101]],
    ['NATO’s', [0b100]],
    ['twenty', [0b110]],
    ['said', [0b100]],
    ['Kyiv Umerov', [0b100, 0b100]],
  ])('%s', (text, expected) => {
    expect(tokenizeWords(text).map((token) => firstWordBits(index, token))).toEqual(expected);
  });

  it.each([
    'Security guarantees were negotiated before they met Umerov',
    'Kushner met Umerov on the 19 points, and NATO’s members let Kyiv decide',
    '',
  ])('skipping words that start no cue finds the same cues: %s', (text) => {
    const tokens = tokenizeWords(text);
    const starts = tokens.map((token) => firstWordBits(index, token));
    tries.forEach((trie, t) => expect(matchCues(trie, tokens, starts, 1 << t)).toEqual(matchCues(trie, tokens)));
  });
});
