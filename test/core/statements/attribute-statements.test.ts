import { describe, expect, it } from 'vitest';
import { attributeStatements } from '../../../src/core/statements/attribute-statements.ts';
import type { Participant, Quote } from '../../../src/core/model.ts';
import type { Mention, ParsedArticle } from '../../../src/core/stages.ts';

const people = ['Marco Rubio', 'Donald Trump', 'Fiona Hill', 'Kirill Dmitriev', 'Rustem Umerov'];
const participants: Participant[] = people.map((name) => ({
  id: name.toLowerCase().replace(' ', '-'),
  name,
  kind: 'person',
  affiliation: null,
  roles: [],
  roleSources: [],
  aliases: [name.split(' ')[1] as string],
  registered: true,
  mentions: [],
}));

/** One-sentence article; mentions found by surname. */
function setup(text: string) {
  const sentence = { id: 'a#s-1', article: 'a', index: 1, paragraph: 1, text };
  const article = { input: {} as ParsedArticle['input'], paragraphs: [{ index: 1, text, sentences: [sentence] }], sentences: [sentence] };
  const mentions: Mention[] = participants.flatMap((participant) =>
    [...text.matchAll(new RegExp(participant.aliases[0] as string, 'g'))].map((match) => ({
      sentence: 'a#s-1',
      participant: participant.id,
      surface: match[0],
      start: match.index,
      end: match.index + match[0].length,
      rule: 'test',
    })),
  );
  return { article, mentions };
}

describe('attributeStatements', () => {
  it.each([
    ['Rubio said Thursday that security guarantees were needed.', ['marco-rubio']],
    ['Trump has said Russia and Ukraine would swap territories.', ['donald-trump']],
    ["Hill, who served on Trump's security council during his first term, told the Telegraph it was risky.", ['fiona-hill']],
    ['The plan must change, said Dmitriev on Sunday.', ['kirill-dmitriev']],
    ['Umerov told reporters in Miami the talks were constructive, and Rubio added that work remained.', ['marco-rubio', 'rustem-umerov']],
    ['Trump met Umerov in the Oval Office.', []],
    ['Officials said the plan had 28 points.', []],
    ['Rubio flew to Geneva, where officials from several countries said talks would resume.', []],
  ])('%s', (text, expected) => {
    const { article, mentions } = setup(text);
    const found = attributeStatements([article], mentions, participants, []);
    expect(found.map((statement) => statement.participant).sort()).toEqual(expected);
    expect(found.every((statement) => statement.kind === 'reported' && statement.rule === 'reported-speech')).toBe(true);
  });

  it('turns an attributed quote into a quote statement and does not repeat it as reported speech', () => {
    const { article, mentions } = setup('"We are hopeful," Rubio said.');
    const quote: Quote = { id: 'a#q-1', sentence: 'a#s-1', sentences: ['a#s-1'], text: 'We are hopeful,', speaker: 'marco-rubio', attribution: 'x' };
    expect(attributeStatements([article], mentions, participants, [quote])).toEqual([
      { participant: 'marco-rubio', sentence: 'a#s-1', kind: 'quote', rule: 'quote-speaker' },
    ]);
  });

  it('leaves quotes with no speaker out', () => {
    const { article, mentions } = setup('"No deal until there is a deal."');
    const quote: Quote = { id: 'a#q-1', sentence: 'a#s-1', sentences: ['a#s-1'], text: 'x', speaker: null, attribution: null };
    expect(attributeStatements([article], mentions, participants, [quote])).toEqual([]);
  });
});
