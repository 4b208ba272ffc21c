import { describe, expect, it } from 'vitest';
import type { Briefing, Participant, Quote } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { nameHolder, type Holder } from '../../src/site/views/read-alone/name-holder.ts';
import { MAX_BEFORE, readAlone } from '../../src/site/views/read-alone/read-alone.ts';
import { readingContext } from '../../src/site/views/read-alone/reading-context.ts';
import { articleOf, briefingOf } from '../helpers/model-parts.ts';

const person = (id: string, name: string): Participant => ({
  id,
  name,
  kind: 'person',
  affiliation: null,
  roles: [],
  roleSources: [],
  aliases: [],
  registered: true,
  mentions: [],
});
const trump = person('donald-trump', 'Donald Trump');
const quoted: Holder = { participant: trump, kind: 'quote' };
const reported: Holder = { participant: trump, kind: 'reported' };
const country: Holder = { participant: { ...trump, id: 'ukraine', name: 'Ukraine', kind: 'country' }, kind: 'reported' };

describe('nameHolder', () => {
  it.each([
    ['a pronoun subject', 'He warned of severe consequences.', reported, false, '[Trump] warned of severe consequences.'],
    ['a possessive', 'His envoy flew to Moscow.', reported, false, "[Trump's] envoy flew to Moscow."],
    ['a pronoun after a connective', 'But he too said work had to be done.', reported, false, 'But [Trump] too said work had to be done.'],
    [
      'the attribution after quoted words',
      '"I will not negotiate their deal," he said.',
      quoted,
      false,
      '"I will not negotiate their deal," [Trump] said.',
    ],
    [
      'an attribution with an opening mark used as closing',
      '“I am here to get them at a table,“ he said before the summit.',
      quoted,
      false,
      '“I am here to get them at a table,“ [Trump] said before the summit.',
    ],
    [
      'not a pronoun inside quoted words',
      '"He wants that war to end," Rubio said.',
      quoted,
      false,
      '"He wants that war to end," Rubio said.',
    ],
    ['not the first word of a continued quotation', 'He is going to pursue it.', quoted, true, 'He is going to pursue it.'],
    ['not an attribution of reported speech', '"Peace," he said.', reported, false, '"Peace," he said.'],
    ['not for a country', 'He said so.', country, false, 'He said so.'],
    ['not without a holder', 'He said so.', null, false, 'He said so.'],
    ['not a pronoun later in the sentence', 'Putin said he would come.', reported, false, 'Putin said he would come.'],
  ])('%s', (_, text, holder, inQuote, expected) => {
    expect(nameHolder(text, holder, inQuote)).toBe(expected);
  });
});

/** One article of the given sentences, with the given quotations, as a briefing. */
function briefingOfTexts(texts: string[], quotes: Quote[] = []): Briefing {
  const article = articleOf('a', '2025-11-30', 'The Daily', texts.length);
  article.sentences.forEach((sentence, i) => (sentence.text = texts[i] ?? ''));
  return briefingOf({ asOf: '2025-11-30', articles: [article], participants: [trump], quotes });
}

function quote(n: number, first: number, last: number): Quote {
  const sentences = Array.from({ length: last - first + 1 }, (_, i) => `a#s-${first + i}`);
  return { id: `a#q-${n}`, sentence: sentences[0] ?? '', sentences, text: '', speaker: 'donald-trump', attribution: 'test' };
}

function read(briefing: Briefing, n: number, holder: Holder | null = null) {
  const found = readAlone(readingContext(briefing, indexBriefing(briefing)), `a#s-${n}`, holder);
  return (
    found && {
      ids: found.parts.map((part) => Number(part.id.split('-')[1])),
      text: found.parts.map((part) => part.text).join(' '),
      rules: found.rules,
    }
  );
}

describe('readAlone', () => {
  it('shows a sentence that stands alone as it is', () => {
    expect(read(briefingOfTexts(['Kyiv rejected the plan on Monday.', 'Talks resume in Geneva.']), 2)).toEqual({
      ids: [2],
      text: 'Talks resume in Geneva.',
      rules: [],
    });
  });

  it.each([
    [
      'a general noun the sentence before names',
      ['Putin has demanded that Ukraine meet four conditions.', 'Kyiv swiftly rejected the conditions as tantamount to surrender.'],
      2,
      [1, 2],
      ['names-what-came-before'],
    ],
    [
      'an opening connective',
      ['Putin thanked Trump for his hospitality.', 'But he too said work had to be done.'],
      2,
      [1, 2],
      ['opens-with-back-reference'],
    ],
    [
      'this for what was just said',
      ['Merz said there would be robust guarantees.', '"Trump confirmed this today," Merz told reporters.'],
      2,
      [1, 2],
      ['points-with-this'],
    ],
    [
      'a general noun the sentence before does not name',
      ['Kovalchuk spoke to reporters in Kyiv.', 'The plan now has 19 points.'],
      2,
      [2],
      [],
    ],
  ])('brings along the sentence before for %s', (_, texts, n, ids, rules) => {
    expect(read(briefingOfTexts(texts), n)).toMatchObject({ ids, rules });
  });

  it('reads a continued quotation from where it began, and names the speaker after it', () => {
    const briefing = briefingOfTexts(
      ['Trump spoke before leaving.', '"I am going to let them negotiate.', 'I will not negotiate their deal," he said.'],
      [quote(1, 2, 3)],
    );
    expect(read(briefing, 3, quoted)).toEqual({
      ids: [2, 3],
      text: '"I am going to let them negotiate. I will not negotiate their deal," [Trump] said.',
      rules: ['continues-quote'],
    });
  });

  it(`gives up when the sentence needs more than ${MAX_BEFORE} sentences before it`, () => {
    const briefing = briefingOfTexts(
      ['Rubio spoke.', '"He wants the war to end.', 'He will do what he can.', 'He will pursue it.', 'We hope it works," he said.'],
      [quote(1, 2, 5)],
    );
    expect(read(briefing, 4)).toEqual({
      ids: [2, 3, 4],
      text: '"He wants the war to end. He will do what he can. He will pursue it.',
      rules: ['continues-quote'],
    });
    expect(read(briefing, 5)).toBeNull();
  });

  it('stops at the first sentence of the article', () => {
    expect(read(briefingOfTexts(['But the talks went on.']), 1)).toEqual({ ids: [1], text: 'But the talks went on.', rules: [] });
  });

  it('knows no sentence it was not given', () => {
    expect(read(briefingOfTexts(['One.']), 9)).toBeNull();
  });
});
