import { describe, expect, it } from 'vitest';
import { predicatesOf, readCorpus, tokenOfWord } from '../../../src/core/claims/read-corpus.ts';
import { tokenize } from '../../../src/core/reading/tokenize.ts';

const wordsOf = (text: string) => tokenize(text).filter((token) => token.word);
const sentence = (text: string, n = 1) => ({
  sentence: { id: `a#s-${n}`, article: 'a', index: n, paragraph: 1, text },
  words: wordsOf(text),
});

describe('readCorpus', () => {
  it('gives each sentence content tokens, predicates and dates, and tells names and titles', () => {
    const read = readCorpus(
      [
        sentence('Foreign Minister Lavrov ruled out European troops in Ukraine on Friday.'),
        sentence('The foreign minister of Ukraine spoke.', 2),
      ],
      [['2025-11-21'], []],
    );
    expect(read.tokens[0]).toEqual(['^reject', '~foreign minister', 'lavrov', 'european', 'troop', 'ukrain', '@2025-11-21']);
    expect(read.predicates).toEqual([['reject'], []]);
    expect(read.surfaces[0]).toEqual(new Map([['reject', 'ruled out']]));
    expect([...read.names].sort()).toEqual(['european', 'lavrov', 'ukrain']);
    expect([...read.titles].sort()).toEqual(['~foreign minister']);
  });
});

describe('predicatesOf', () => {
  it.each<[string, string[], Record<string, string>?]>([
    ['Moscow ruled out any deal.', ['reject'], { reject: 'ruled out' }],
    ['Putin does not rule out a meeting with Zelensky.', ['!reject', 'meet'], { '!reject': 'not rule out' }],
    ['Moscow has not yet been briefed on the revised text.', ['!receive', 'revise'], { '!receive': 'not briefed' }],
    ["Kyiv won't cede any territory.", ['!cede']],
    ['The Trump-Putin summit was shelved.', ['cancel', 'meet']],
    ['Witkoff held talks with Umerov.', ['meet', 'negotiate']],
    ['The president met EU leaders.', ['meet']],
    ['Europe is willing to put boots on the ground.', ['deploy']],
    ['Kyiv was asked to hand over the rest of Donbas.', ['cede']],
    ['The plan was narrowed to 19 points.', ['reduce']],
    ['Officials presented a present to the envoy.', []],
    ['It rained in Kyiv.', []],
  ])('%s → %j', (text, predicates, surfaces) => {
    const read = predicatesOf(wordsOf(text));
    expect(read.predicates).toEqual(predicates);
    for (const [key, words] of Object.entries(surfaces ?? {})) expect(read.surfaces.get(key)).toBe(words);
  });
});

describe('tokenOfWord', () => {
  it.each([
    ['Talks', 'meet'],
    ['troops', 'troop'],
    ['representatives', 'official'],
    ['1,200', '1200'],
    ['the', null],
    ['said', null],
    ['following', null],
    ['a', null],
  ])('%s → %s', (word, token) => {
    expect(tokenOfWord(word)).toBe(token);
  });
});

describe('readCorpus on nasty input', () => {
  it.each([
    ['no sentences', []],
    ['an empty sentence', [sentence('')]],
    ['only punctuation', [sentence('— … !')]],
  ])('copes with %s', (_, sentences) => {
    const read = readCorpus(
      sentences,
      sentences.map(() => []),
    );
    expect(read.tokens.every((tokens) => tokens.length === 0)).toBe(true);
  });

  it('splits hyphenated words and numbers with units, and drops contractions and possessives', () => {
    const read = readCorpus([sentence("The 28-point U.K.-backed plan isn't Zelenskyy's.")], [[]]);
    expect(read.tokens[0]).toEqual(['28', 'point', 'uk', 'back', 'plan', 'zelensky']);
  });
});
