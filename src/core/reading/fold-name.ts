/**
 * Folds a written name to a comparison key, so that spellings of one name meet:
 * `Zelenskyy’s`, `Zelenskiy` and `Zelensky` all fold to `zelensky`, `Micheál` to `micheal`.
 */

/** Transliteration endings that differ between romanisation systems (BGN/PCGN, Ukrainian national, AP style). */
const endingFolds: Array<[RegExp, string]> = [
  [/(?:iy|yy|ij|ii|yi)$/, 'y'], // Zelenskiy, Zelenskyy, Zelenskij, Andrii → -y
  [/ei$/, 'ey'], // Sergei → Sergey
  [/ey$/, 'y'], // Sergey, Andrey → Sergy, Andry (meeting Andriy → Andry)
  [/([^aeiouy])i$/, '$1y'], // Dmitri, Zelenski → -y
];

/** Spellings inside a word that differ between romanisation systems. */
const innerFolds: Array<[RegExp, string]> = [
  [/iye/g, 'ie'], // Dmitriyev → Dmitriev
];

/** Removes a trailing possessive (`Trump's`, `Trump’s`). */
export function stripPossessive(word: string): string {
  return word.length > 3 && /['’][sS]$/.test(word) ? word.slice(0, -2) : word;
}

/** Lowercase, without diacritics, apostrophes unified. */
export function foldCase(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** Keys already folded: a story's vocabulary is small and every sentence folds its words again. */
const foldedKeys = new Map<string, string>();

/** The comparison key of one word of a name: possessive removed, case and diacritics folded, transliteration folded. */
export function foldName(word: string): string {
  let key = foldedKeys.get(word);
  if (key === undefined) {
    key = foldWord(word);
    foldedKeys.set(word, key);
  }
  return key;
}

function foldWord(word: string): string {
  return foldCase(stripPossessive(word))
    .split('-')
    .map((part) => {
      let folded = part;
      for (const [pattern, replacement] of innerFolds) folded = folded.replace(pattern, replacement);
      for (const [pattern, replacement] of endingFolds) folded = folded.replace(pattern, replacement);
      return folded;
    })
    .join('-');
}
