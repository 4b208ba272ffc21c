import { describe, expect, it } from 'vitest';
import { backgroundedSpans } from '../../../src/core/topics/backgrounded-spans.ts';
import { backReferences, refersBack } from '../../../src/core/topics/refers-back.ts';

describe('refersBack', () => {
  it.each<[string, string[]]>([
    ['That is what we are committed to.', ['opener', 'pronoun-this']],
    ['“And for me, this was important.”', ['opener', 'pronoun-this']],
    ['Kyiv swiftly rejected the conditions as tantamount to surrender.', ['referring-noun']],
    ['A spokesperson welcomed Trump’s offer.', ['referring-noun']],
    ['President Trump also confirmed this today.', ['pronoun-this']],
    ['A couple of big ones remain open.', ['pronoun-ones']],
    ['However, Russia is likely to resist.', ['opener']],
    ['He smiled.', []],
    ['Thistle grows in Scotland.', []],
    ['Putin met Trump in Alaska.', []],
    ['This plan is new.', ['opener', 'referring-noun']],
    // "that" before an opening quote is a conjunction; before a closing one, a pronoun.
    ['Witkoff said the meeting showed that "real" progress was possible.', []],
    ['Putin said he wanted "exactly that".', ['pronoun-this']],
  ])('%s', (text, expected) => {
    expect(backReferences(text)).toEqual(expected);
    expect(refersBack(text)).toBe(expected.length > 0);
  });
});

describe('backgroundedSpans', () => {
  it.each<[string, string[]]>([
    ['Merz, who hosted the talks, said so.', [', who hosted the talks,']],
    ['The plan (a draft) has 28 points — among them guarantees — and more.', ['(a draft)', ' — among them guarantees — ']],
    ['No aside here.', []],
  ])('%s', (text, expected) => {
    expect(backgroundedSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(expected);
  });
});
