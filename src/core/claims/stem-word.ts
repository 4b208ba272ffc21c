/**
 * A light suffix stripper (a small subset of Porter's steps: plurals, -ing, -ed, doubled
 * consonants, final e) plus one transliteration rule for Slavic surnames, so that "talks" and
 * "talk", "agreed" and "agree", "Zelenskiy", "Zelenskyy" and "Zelensky" meet. Stems only need
 * to be consistent with each other, not to be words.
 */

/** The stem of one lowercase word. */
export function stemWord(word: string): string {
  let w = word;
  if (/^\d/.test(w) || w.length <= 3) return w;
  w = w.replace(/(?<=[kv])(?:iy|yy)$/, 'y');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
