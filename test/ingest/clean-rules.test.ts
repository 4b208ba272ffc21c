import { describe, expect, it } from 'vitest';
import type { CleanRule } from '../../src/ingest/clean/clean-rule.ts';
import { cleanBody, cleanRules } from '../../src/ingest/clean/clean-body.ts';
import { dropFurnitureLines } from '../../src/ingest/clean/drop-furniture-lines.ts';
import { dropHeadlineRepeats } from '../../src/ingest/clean/drop-headline-repeats.ts';
import { normaliseSpaces } from '../../src/ingest/clean/normalise-spaces.ts';
import { stripFurniturePhrases } from '../../src/ingest/clean/strip-furniture-phrases.ts';
import { HEADLINE, applyOnce, state } from './clean-state.ts';

describe('clean rules', () => {
  it('run in a fixed, named order, each named after its file', () => {
    expect(cleanRules.map((rule) => rule.name)).toEqual([
      'normalise-spaces',
      'drop-furniture-lines',
      'strip-furniture-phrases',
      'drop-headline-repeats',
      'take-dateline',
      'take-wire-credit',
      'drop-orphan-quote',
    ]);
  });

  describe('normalise-spaces', () => {
    it.each([
      [['Marco\u00A0Rubio\u00A0 said'], ['Marco Rubio said']],
      [['  Lavrov   said  '], ['Lavrov said']],
      [['Zero\u200Bwidth and \u202Ebidi\u202C'], ['Zerowidth and bidi']],
      [['Thin\u2009space, narrow\u202Fno-break'], ['Thin space, narrow no-break']],
      [['', '   ', '\u00A0', 'Kept'], ['Kept']],
    ])('%j → %j', (input, expected) => {
      expect(applyOnce(normaliseSpaces, input)).toEqual(expected);
    });

    it('keeps Markdown indentation but tidies each line', () => {
      expect(applyOnce(normaliseSpaces, ['- one\n  - nested\u00A0 item  '], { markdown: true })).toEqual(['- one\n  - nested item']);
    });

    it('reports no change on tidy text', () => {
      expect(normaliseSpaces.apply(state(['Tidy text.']))).toBeNull();
    });
  });

  describe('drop-furniture-lines', () => {
    it.each([
      'Leave a comment',
      'Your email address will not be published. Required fields are marked *',
      'Sign up for our emails',
      'Get the latest news from thewest.com.au in your inbox.',
      'Video / NZ Herald',
      "A demonstrator holds a sign during a rally in support of Ukraine before today's summit. Photo / Getty Images",
      'Umerov arrives in Abu Dhabi. Photo: AFP',
      'Advertisement',
      'ADVERTISEMENT',
      'Read more: What was agreed in Geneva',
      'Share this article',
      '(Reporting by Olena Harmash in Kyiv; Writing by Mark Trevelyan; Editing by Andrew Heavens)',
      'Additional reporting by Guy Faulconbridge in Moscow',
      'Associated Press writers Illia Novikov in Kyiv and Lorne Cook in Brussels contributed to this report.',
      'Updated: 26 November 2025, 09:14 GMT',
    ])('drops %j', (line) => {
      expect(applyOnce(dropFurnitureLines, ['Kept before.', line, 'Kept after.'])).toEqual(['Kept before.', 'Kept after.']);
    });

    it.each([
      ['[Photo Credit: Reuters]', 'photo credit'],
      ['(Photo: AFP)', 'photo credit'],
      ['Photo: Anadolu Agency', 'photo credit'],
      ['[Photo: Kremlin press service]', 'photo credit'],
      ['Photo credit: Ukrainian Presidential Press Service', 'photo credit'],
      ['Credit: Getty Images', 'photo credit'],
      ['Umerov and Driscoll before the talks in Abu Dhabi. [Photo Credit: Reuters]', 'photo caption'],
      ['Zelenskyy arrives at the Elysee Palace. (Photo: AFP)', 'photo caption'],
      ['Advertisement', 'advertisement line'],
      ['Article continues after advertisement', 'advertisement line'],
      ['Story continues below', 'advertisement line'],
      ['STORY CONTINUES BELOW ADVERTISEMENT', 'advertisement line'],
      ['Continue reading', 'advertisement line'],
      ['Continue reading the main story', 'advertisement line'],
      ['Leave a reply', 'comment prompt'],
      ['Sign up to our newsletter for the latest', 'newsletter prompt'],
      ['Video: Sky News', 'video credit'],
      ['Related: What the 28 points say', 'related link'],
      ['(Editing by Andrew Heavens)', 'reporting credit'],
      ['Last updated: 26 November 2025', 'time stamp'],
      ['Share on X', 'share prompt'],
      ['© 2025 The Northern Ledger. All rights reserved.', 'copyright line'],
    ])('names %j as a %s', (line, kind) => {
      const step = dropFurnitureLines.apply(state(['Kept.', line]));
      expect(step?.removed.map((removal) => [removal.kind, removal.text])).toEqual([[kind, line]]);
      expect(step?.state.paragraphs).toEqual(['Kept.']);
    });

    it.each([
      'Advertisement revenue at state broadcasters fell, officials said.',
      'Leave a comment on the draft, Driscoll told Ukrainian officials, was all he asked.',
      'Zelenskiy said he would share this article of the plan with parliament.',
      'The video showed Putin and Trump on the tarmac.',
      'Reporting by state media could not be verified, Yermak said.',
      'Continue reading the plan, Witkoff told the Ukrainian side, and you will see it is fair.',
      'The story continues below the surface, a European diplomat said.',
      'Photo opportunities were kept to a minimum in Geneva.',
      'Credit ratings agencies cut Ukraine again, Bloomberg reported.',
      'Advertisement boards along the route showed Putin and Trump.',
    ])('keeps a real sentence that starts like furniture: %j', (line) => {
      expect(applyOnce(dropFurnitureLines, [line])).toEqual([line]);
    });

    it('sees through Markdown formatting in .md bodies', () => {
      expect(
        applyOnce(dropFurnitureLines, ['**Advertisement**', 'Read more: [Plan](https://x.example)', 'Kept.'], { markdown: true }),
      ).toEqual(['Kept.']);
    });
  });

  describe('strip-furniture-phrases', () => {
    it.each([
      [
        'US President Donald Trump is holding out hope his summit with Russian leader Vladimir Putin will lead to a ceasefire in Ukraine. Catch all the updates below',
        'US President Donald Trump is holding out hope his summit with Russian leader Vladimir Putin will lead to a ceasefire in Ukraine.',
      ],
      ['Starmer arrived in Kyiv on Monday. Follow live updates below.', 'Starmer arrived in Kyiv on Monday.'],
      ['Macron spoke to reporters in Paris. SCROLL DOWN FOR VIDEO', 'Macron spoke to reporters in Paris.'],
      ['“We are close,” Witkoff said. Catch all the updates below:', '“We are close,” Witkoff said.'],
    ])('%j → %j', (input, expected) => {
      expect(applyOnce(stripFurniturePhrases, [input])).toEqual([expected]);
    });

    it('drops a paragraph that was only the phrase', () => {
      expect(applyOnce(stripFurniturePhrases, ['Kept.', 'Catch all the updates below'])).toEqual(['Kept.']);
    });

    it('keeps the words inside a sentence', () => {
      const line = 'Officials said they would follow live updates below the threshold of public statements';
      expect(applyOnce(stripFurniturePhrases, [line])).toEqual([line]);
    });
  });

  describe('drop-headline-repeats', () => {
    it.each([
      [[HEADLINE, 'Body.'], ['Body.']],
      [[`${HEADLINE}.`, 'Body.'], ['Body.']],
      [[HEADLINE.toUpperCase(), 'Body.'], ['Body.']],
      [['Witkoff and Kushner fly to Moscow for talks with Putin:', 'Body.'], ['Body.']],
      [
        ['Body.', HEADLINE],
        ['Body.', HEADLINE],
      ],
      [
        ['Witkoff and Kushner fly to Moscow', 'Body.'],
        ['Witkoff and Kushner fly to Moscow', 'Body.'],
      ],
    ])('%j → %j', (input, expected) => {
      expect(applyOnce(dropHeadlineRepeats, input)).toEqual(expected);
    });

    it('recognises a Markdown heading repeat', () => {
      expect(applyOnce(dropHeadlineRepeats, [`## *${HEADLINE}*`, 'Body.'], { markdown: true })).toEqual(['Body.']);
    });
  });
});

describe('cleanBody', () => {
  it('reaches a fixed point when removals uncover each other (headline, dateline, headline)', () => {
    const result = cleanBody(
      HEADLINE,
      [HEADLINE, 'MOSCOW', HEADLINE, 'Witkoff landed in Moscow.\u00A0 Advertisement follows.', 'Advertisement', '– Reuters'],
      false,
    );
    expect(result).toMatchObject({ paragraphs: ['Witkoff landed in Moscow. Advertisement follows.'], dateline: 'MOSCOW', wire: 'Reuters' });
    expect(result.removed.map(({ kind, text, kept }) => [kind, text, kept])).toEqual([
      ['advertisement line', 'Advertisement', null],
      ['headline repeat', HEADLINE, null],
      ['dateline', 'MOSCOW', 'MOSCOW'],
      ['wire credit', '– Reuters', 'Reuters'],
      ['headline repeat', HEADLINE, null],
    ]);
  });

  it('does nothing to a clean body', () => {
    expect(cleanBody(HEADLINE, ['One.', 'Two.'], false)).toEqual({ paragraphs: ['One.', 'Two.'], dateline: null, wire: null, removed: [] });
  });

  it.each([
    [[], []],
    [['\u00A0', '\u200B', '   '], []],
    [[HEADLINE, HEADLINE, HEADLINE], []],
    [['Advertisement', 'Leave a comment'], []],
  ])('leaves nothing when the body is only furniture: %j', (input, expected) => {
    expect(cleanBody(HEADLINE, input, false).paragraphs).toEqual(expected);
  });

  it('stops on a rule that never settles', () => {
    const restless: CleanRule = { name: 'restless', apply: (s) => ({ state: { ...s, paragraphs: [...s.paragraphs, 'x'] }, removed: [] }) };
    expect(cleanBody(HEADLINE, [], false, [restless]).paragraphs.length).toBeGreaterThan(0);
  });
});
