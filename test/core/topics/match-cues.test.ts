import { describe, expect, it } from 'vitest';
import type { TopicCue } from '../../../src/core/model.ts';
import { compileCues } from '../../../src/core/topics/compile-cues.ts';
import { matchCues } from '../../../src/core/topics/match-cues.ts';
import { tokenizeWords } from '../../../src/core/topics/topic-words.ts';

const found = (cues: TopicCue[], text: string): string[] => matchCues(compileCues(cues), tokenizeWords(text)).map((hit) => hit.cue.term);

const cue = (term: string, weight = 1): TopicCue => ({ term, weight });

describe('tokenizeWords', () => {
  it.each<[string, string[]]>([
    ['Face-to-face talks', ['face', 'to', 'face', 'talks']],
    ['Ukraine’s 28-point plan', ["ukraine's", '28', 'point', 'plan']],
    ['U.S. troops: 600,000 at 11.30 a.m.', ['u.s', 'troops', '600,000', 'at', '11.30', 'a.m']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(tokenizeWords(text).map((t) => t.text)).toEqual(expected);
  });

  it('marks capitalised words after the first as names, with offsets', () => {
    const tokens = tokenizeWords('“Kushner met Umerov’s team');
    expect(tokens.map((t) => [t.text, t.base, t.capital, t.start, t.end])).toEqual([
      ['kushner', 'kushner', false, 1, 8],
      ['met', 'met', false, 9, 12],
      ["umerov's", 'umerov', true, 13, 21],
      ['team', 'team', false, 22, 26],
    ]);
  });

  it('marks every word of a name that ends in a possessive as its owner', () => {
    const tokens = tokenizeWords('Moscow received President Donald Trump’s plan from Kushner');
    expect(tokens.filter((t) => t.owner).map((t) => t.base)).toEqual(['president', 'donald', 'trump']);
  });
});

describe('matchCues', () => {
  it.each<[string, TopicCue[], string, string[]]>([
    ['exact word', [cue('truce')], 'A truce now', ['truce']],
    ['prefix word', [cue('negotiat*')], 'Negotiators and negotiations', ['negotiat*', 'negotiat*']],
    ['phrase across a hyphen', [cue('cease fire')], 'a cease-fire', ['cease fire']],
    ['hyphenated term', [cue('face-to-face')], 'face to face', ['face-to-face']],
    ['possessive base', [cue('ukraine')], 'Ukraine’s army', ['ukraine']],
    ['dotted abbreviation written without its last stop', [cue('u.s plan')], 'the U.S. plan', ['u.s plan']],
    ['dotted abbreviation written with it', [cue('u.s. plan')], 'the U.S. plan', ['u.s. plan']],
    ['any-word gap', [cue('let * decide')], 'let Kyiv decide', ['let * decide']],
    ['name slot', [cue('met @name')], 'Witkoff met Dmitriev', ['met @name']],
    ['name slot wants a capital', [cue('met @name')], 'Witkoff met officials', []],
    ['name slot is not an owner', [cue('received @name')], 'Kyiv received President Trump’s plan', []],
    ['name slot takes a name that owns nothing', [cue('received @name')], 'Kyiv received President Trump', ['received @name']],
    ['number slot in figures', [cue('@number points')], 'now 19 points, then 800,000 points', ['@number points', '@number points']],
    ['number slot in words', [cue('@number points')], 'twenty points', ['@number points']],
    ['number slot wants a number', [cue('@number points')], 'talking points and several points', []],
    ['longest wins', [cue('security'), cue('security council', 0)], 'the security council', ['security council']],
    [
      'a zero-weight phrase hides a cue it overlaps',
      [cue('on the sidelines', 0), cue('sidelin*')],
      'on the sidelines',
      ['on the sidelines'],
    ],
    ['a heavier phrase keeps its words', [cue('peace deal', 1.5), cue('deal', 0.5)], 'a peace deal', ['peace deal']],
    [
      'a weaker phrase does not hide a stronger cue',
      [cue('peace talks', 0.3), cue('talks in @name')],
      'peace talks in Geneva',
      ['talks in @name'],
    ],
    [
      'nor a stronger cue inside it',
      [cue('deploy* * troops', 0.7), cue('european troops')],
      'deploying European troops',
      ['european troops'],
    ],
    ['no overlap', [cue('land swap'), cue('swap talks')], 'land swap talks', ['land swap']],
    ['every occurrence', [cue('truce')], 'truce after truce', ['truce', 'truce']],
    ['prefix is not infix', [cue('deter')], 'determined', []],
    ['lone star at the end', [cue('peace *')], 'peace', []],
    ['empty term ignored', [cue('  ')], 'anything', []],
  ])('%s', (_name, cues, text, expected) => {
    expect(found(cues, text)).toEqual(expected);
  });

  it('an exact word beats a prefix at equal length', () => {
    expect(found([cue('talk*', 0.5), cue('talks', 1)], 'talks')).toEqual(['talks']);
  });
});
