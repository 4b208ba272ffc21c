import { describe, expect, it } from 'vitest';
import { covers, parseUnicodeRange } from '../../src/og/font-slices.ts';
import { fontsForText, loadFonts, scriptFontFiles } from '../../src/og/fonts.ts';
import { toSvg } from '../../src/og/rasterise.ts';
import { h } from '../../src/og/template/h.ts';
import { textDirection } from '../../src/og/template/text-direction.ts';

/** The families `scriptFontFiles` adds for `text`, once each, without slice numbers. */
const familiesFor = (text: string) => [...new Set(scriptFontFiles(text).map((file) => file.name.replace(/ \d+$/, '')))];

describe('scriptFontFiles', () => {
  it.each<[string, string, string[]]>([
    ['Latin', 'Zelenskyy meets Witkoff in Miami', []],
    ['Cyrillic, Greek and Latin-extended', 'Зеленський Ερντογάν Łódź Micheál', []],
    ['Arabic', 'محمد بن سلمان', ['IBM Plex Sans Arabic']],
    ['an Arabic comma alone', 'Riyadh، Jeddah', ['IBM Plex Sans Arabic']],
    ['Hebrew', 'בנימין נתניהו', ['Noto Sans Hebrew']],
    ['Devanagari', 'नरेंद्र मोदी', ['Noto Sans Devanagari']],
    ['Chinese', '王毅', ['Noto Sans SC']],
    ['Japanese kana', 'テキスト', ['Noto Sans SC']],
    ['Korean', '이재명', ['Noto Sans KR']],
    [
      'all of them, in a fixed order',
      '이재명 王毅 नरेंद्र בנימין محمد',
      ['IBM Plex Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans SC', 'Noto Sans KR'],
    ],
  ])('%s → %j', (_name, text, families) => {
    expect(familiesFor(text)).toEqual(families);
  });

  it('loads regular and bold of each font', () => {
    expect(scriptFontFiles('בנימין').map((file) => file.weight)).toEqual([400, 700]);
  });

  it('loads only the CJK slices that hold the text’s characters', () => {
    const files = scriptFontFiles('王毅');
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(4);
    expect(files.every((file) => file.path.endsWith('.woff'))).toBe(true);
  });

  it('gives a card in Latin letters the very same font list every time, so nothing more is read or parsed', () => {
    expect(fontsForText('Umerov and Driscoll meet in Abu Dhabi')).toBe(loadFonts());
    expect(fontsForText('王毅')).toBe(fontsForText('王毅'));
    expect(fontsForText('王毅').slice(0, loadFonts().length)).toEqual(loadFonts());
  });
});

describe('glyphs of other scripts', () => {
  it.each([
    ['Arabic', 'محمد بن سلمان، ولي العهد'],
    ['Hebrew', 'בנימין נתניהו'],
    ['Devanagari', 'नरेंद्र मोदी, भारत के प्रधानमंत्री'],
    ['Chinese', '中国外交部长王毅在北京会见了乌克兰外长。'],
    ['Japanese', '日本の外務大臣がキーウを訪問した'],
    ['Korean', '이재명 대통령'],
  ])('draws %s with real glyphs', async (_name, text) => {
    const missing: string[] = [];
    await toSvg(h('div', { display: 'flex', fontWeight: 700 }, text), undefined, (code, segment) => missing.push(`${code}:${segment}`));
    expect(missing).toEqual([]);
  });

  it('still reports a script it has no font for (Thai), instead of fetching one', async () => {
    const missing: string[] = [];
    await toSvg(h('div', { display: 'flex' }, 'กรุงเทพ'), undefined, (code) => missing.push(code));
    expect(missing.length).toBeGreaterThan(0);
  });
});

describe('textDirection', () => {
  it.each<[string, 'rtl' | 'ltr']>([
    ['Zelenskyy', 'ltr'],
    ['محمد بن سلمان', 'rtl'],
    ['בנימין נתניהו', 'rtl'],
    ['2025 محمد', 'rtl'],
    ['"«محمد»"', 'rtl'],
    ['Witkoff meets محمد', 'ltr'],
    ['王毅', 'ltr'],
    ['', 'ltr'],
    ['123 — !?', 'ltr'],
  ])('%j reads %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});

describe('parseUnicodeRange', () => {
  it.each<[string, Array<[number, number]>]>([
    [
      'U+4e00-4e0f,U+3002',
      [
        [0x4e00, 0x4e0f],
        [0x3002, 0x3002],
      ],
    ],
    [
      ' U+1f1e9-1f1f5 , U+ff03 ',
      [
        [0x1f1e9, 0x1f1f5],
        [0xff03, 0xff03],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
    ['', []],
    ['garbage, U+zz', []],
  ])('%j', (text, ranges) => {
    expect(parseUnicodeRange(text)).toEqual(ranges);
  });

  it('tells whether a code point is covered', () => {
    expect(covers([[10, 20]], 15)).toBe(true);
    expect(covers([[10, 20]], 21)).toBe(false);
  });
});
