/** Who each sentence names: mentions read back by sentence, each participant once, people apart. */
import { describe, expect, it } from 'vitest';
import { participantsBySentence, peopleBySentence } from '../../../src/core/assemble/participants-by-sentence.ts';
import type { Participant } from '../../../src/core/model.ts';
import type { Mention } from '../../../src/core/stages.ts';

const mention = (sentence: string, participant: string): Mention => ({
  sentence,
  participant,
  surface: participant,
  start: 0,
  end: 1,
  rule: 'test',
});
const participant = (id: string, kind: Participant['kind']): Participant => ({
  id,
  name: id,
  kind,
  affiliation: null,
  roles: [],
  roleSources: [],
  aliases: [],
  registered: true,
  mentions: [],
});

describe('participantsBySentence', () => {
  it.each([
    ['no mentions', [], []],
    ['one mention', [mention('a#s-1', 'putin')], [['a#s-1', ['putin']]]],
    ['a second mention of the same participant', [mention('a#s-1', 'putin'), mention('a#s-1', 'putin')], [['a#s-1', ['putin']]]],
    [
      'participants in order of first mention',
      [mention('a#s-1', 'zelensky'), mention('a#s-1', 'putin'), mention('a#s-1', 'zelensky')],
      [['a#s-1', ['zelensky', 'putin']]],
    ],
    [
      'sentences in order of their first mention',
      [mention('a#s-2', 'putin'), mention('a#s-1', 'putin')],
      [
        ['a#s-2', ['putin']],
        ['a#s-1', ['putin']],
      ],
    ],
  ] as const)('%s', (_, mentions, expected) => {
    expect([...participantsBySentence(mentions)]).toEqual(expected);
  });
});

describe('peopleBySentence', () => {
  it('keeps only people, and keeps a sentence that names none of them, empty', () => {
    const named = new Map([
      ['a#s-1', ['russia', 'putin', 'nato']],
      ['a#s-2', ['nato']],
    ]);
    const participants = [participant('putin', 'person'), participant('russia', 'country'), participant('nato', 'organization')];
    expect([...peopleBySentence(named, participants)]).toEqual([
      ['a#s-1', ['putin']],
      ['a#s-2', []],
    ]);
  });
});
