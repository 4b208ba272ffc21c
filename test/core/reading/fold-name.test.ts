import { describe, expect, it } from 'vitest';
import { foldCase, foldName, stripPossessive } from '../../../src/core/reading/fold-name.ts';

describe('foldName', () => {
  it('exports the folds', () => {
    expect([foldName('Zelenskyy’s'), foldCase('Micheál'), stripPossessive("Trump's")]).toEqual(['zelensky', 'micheal', 'Trump']);
  });

  it.each<[string[], string]>([
    [['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskij', 'Zelenski', 'Zelenskyi', 'ZELENSKY'], 'zelensky'],
    [['Dmitry', 'Dmitri', 'Dmitriy'], 'dmitry'],
    [['Sergei', 'Sergey'], 'sergy'],
    [['Andriy', 'Andrey', 'Andrii'], 'andry'],
    [['Andriy', 'Andrii'], 'andry'],
    [['Dmitriev', 'Dmitriyev'], 'dmitriev'],
    [['Erdoğan', 'Erdogan'], 'erdogan'],
    [['Orbán', 'Orban'], 'orban'],
    [["Putin's", 'Putin’s', 'Putin'], 'putin'],
    [['Strack-Zimmermann'], 'strack-zimmermann'],
  ])('%j → %s', (spellings, key) => {
    expect(new Set(spellings.map(foldName))).toEqual(new Set([key]));
  });

  it.each<[string, string]>([
    ['Rubio', 'Trump'],
    ['Macron', 'Merz'],
    ['Kyiv', 'Kiev'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it.each<[string, string]>([
    ['', ''],
    ["'s", "'s"],
    ['U.S.', 'u.s.'],
    ['I’ve', "i've"],
  ])('nasty input %j', (word, key) => {
    expect(foldName(word)).toBe(key);
  });
});
