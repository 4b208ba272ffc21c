/**
 * Latin letters that Unicode NFKD does not split into a base letter and a mark, with their usual
 * ASCII spelling (German, Nordic, Polish, Croatian, Icelandic and Turkish orthography), for slugs.
 */
export const transliterations: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
