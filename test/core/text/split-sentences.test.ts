import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { sentenceRules } from '../../../src/core/text/rules.ts';

describe('splitSentences: public surface', () => {
  it('exports named rules in order and splits plain text', () => {
    expect(sentenceRules.map((rule) => rule.name)).toContain('merge-abbreviations');
    expect(splitSentences('One. Two.')).toEqual(['One.', 'Two.']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitSentences: hard sentences', () => {
  it.each<[string, string[]]>([
    // abbreviations
    ['U.S. Secretary of State Marco Rubio spoke. He left.', ['U.S. Secretary of State Marco Rubio spoke.', 'He left.']],
    ['Politico reported on Nov. 27 Witkoff had flown in.', ['Politico reported on Nov. 27 Witkoff had flown in.']],
    ['Gen. Oleksandr Syrskyi met Lt. Col. Jones and Sen. Graham.', ['Gen. Oleksandr Syrskyi met Lt. Col. Jones and Sen. Graham.']],
    ['Mr. Umerov and Dr. Ivanova met St. Petersburg officials.', ['Mr. Umerov and Dr. Ivanova met St. Petersburg officials.']],
    ['He is the No. 2 official. Rep. Wilson agreed.', ['He is the No. 2 official.', 'Rep. Wilson agreed.']],
    ['The talks were with the U.S. The next round is in Geneva.', ['The talks were with the U.S.', 'The next round is in Geneva.']],
    ['The U.K. Foreign Office and U.N. monitors agreed.', ['The U.K. Foreign Office and U.N. monitors agreed.']],
    // initials
    ['John F. Kennedy met Nikita Khrushchev. Then they parted.', ['John F. Kennedy met Nikita Khrushchev.', 'Then they parted.']],
    ['They chose Plan B. The others left.', ['They chose Plan B.', 'The others left.']],
    // decimals and times
    ['They meet at 11.30 a.m. local time (1930GMT) in Alaska.', ['They meet at 11.30 a.m. local time (1930GMT) in Alaska.']],
    ['The talks start at 10 a.m. (0700 GMT) on Sunday. Kyiv agreed.', ['The talks start at 10 a.m. (0700 GMT) on Sunday.', 'Kyiv agreed.']],
    ['He landed shortly after 7.20pm (BST). Putin arrived later.', ['He landed shortly after 7.20pm (BST).', 'Putin arrived later.']],
    ['It ended at 2 p.m. The leaders left.', ['It ended at 2 p.m.', 'The leaders left.']],
    ['Casualties reached 1.2 million in May. The envoy said so.', ['Casualties reached 1.2 million in May.', 'The envoy said so.']],
    // quotes
    [
      '“He wants that war to end. He’s going to pursue it,” Rubio said.',
      ['“He wants that war to end.', 'He’s going to pursue it,” Rubio said.'],
    ],
    ['“Why now?” he asked. Nobody answered.', ['“Why now?” he asked.', 'Nobody answered.']],
    ['“Is this a surrender?” Andriy Yermak asked. Kyiv waited.', ['“Is this a surrender?” Andriy Yermak asked.', 'Kyiv waited.']],
    ['“Enough!” The crowd cheered.', ['“Enough!”', 'The crowd cheered.']],
    [
      'He would call NATO “in a little while”.“I will call Zelenskyy.',
      ['He would call NATO “in a little while”.', '“I will call Zelenskyy.'],
    ],
    ['He said "go."Then he left.', ['He said "go."', 'Then he left.']],
    ['He said “it is over. ” Then he left.', ['He said “it is over. ”', 'Then he left.']],
    ['Merz said there would be robust guarantees. "', ['Merz said there would be robust guarantees.']],
    ['“I’m here to get them at a table,“ he said.', ['“I’m here to get them at a table,“ he said.']],
    // ellipses, run-ons and names
    ['The war... it goes on. Kyiv waits.', ['The war... it goes on.', 'Kyiv waits.']],
    ['Scott and John Ratcliffe We look forward to dealing.', ['Scott and John Ratcliffe', 'We look forward to dealing.']],
    ['The 28-point plan was cut.The new draft has 19 points.', ['The 28-point plan was cut.', 'The new draft has 19 points.']],
    [
      'Volodymyr Zelenskyy, Rustem Umerov and Kyrylo Budanov met in Kyiv.',
      ['Volodymyr Zelenskyy, Rustem Umerov and Kyrylo Budanov met in Kyiv.'],
    ],
  ])('%s', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('splitSentences: nasty inputs', () => {
  it.each<[string, string[]]>([
    ['"', []],
    ['...', []],
    ['no punctuation at all', ['no punctuation at all']],
    ['”I don’t know if it’s today.', ['”I don’t know if it’s today.']],
    ['A. B. C.', ['A. B. C.']],
    ['U.S.', ['U.S.']],
    ['Mr.', ['Mr.']],
    ['“”', []],
    ['One sentence, ended twice?!”) ', ['One sentence, ended twice?!”)']],
    ['A closing quote after a space. ’', ['A closing quote after a space. ’']],
    ['Ends here.Then goes on', ['Ends here.', 'Then goes on']],
    ['Dots … and more', ['Dots … and more']],
    ['Line\u2029Break in it', ['Line', 'Break in it']],
  ])('%j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('keeps every character of the paragraph apart from the spaces between sentences', () => {
    const text = 'He said “go.”.“Now.” U.S. Gen. X. Y said so... Then: “Why?” she asked. 2 p.m. (GMT).';
    expect(splitSentences(text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
