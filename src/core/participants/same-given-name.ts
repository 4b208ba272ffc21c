/**
 * Tells two spellings of one given name apart from two names: `Volodymyr` and `Vladimir`, `Andriy` and `Andrey`,
 * `Dmytro` and `Dmitry`, `Serhiy` and `Sergei` are one name in Ukrainian and Russian transliteration; `Ivanka` and
 * `Donald` are two. Compared by consonant skeleton (vowels and y dropped, x read as ks, Ukrainian h as Russian g,
 * a doubled letter as one), the way transliteration tables pair the two alphabets.
 */

/** The consonant skeleton of a folded given name. */
export function nameSkeleton(given: string): string {
  return given
    .toLowerCase()
    .replace(/x/g, 'ks')
    .replace(/h/g, 'g')
    .replace(/[aeiouyj'’-]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** True when two folded given names are spellings of one name. */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && nameSkeleton(a).length >= 2 && nameSkeleton(a) === nameSkeleton(b));
}
