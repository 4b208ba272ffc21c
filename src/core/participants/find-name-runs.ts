/**
 * Finds runs of capitalised words that could be a person's name ("Kirill Dmitriev",
 * "Ursula von der Leyen", "Micheál Martin"), skipping words that never belong to one: sentence
 * openers, dates, places, outlets, offices, names of bodies and buildings.
 */
import type { SentenceReading } from '../reading/read-articles.ts';
import { lexicon } from './lexicon.ts';
import { wordOf } from './read-title.ts';
import { onlySpaceBetween, type Token } from '../reading/tokenize.ts';

/** A run of name words: token indices, inclusive. */
export interface NameRun {
  first: number;
  last: number;
}

/**
 * Lowercase particles inside names, of the naming traditions news copy meets: Dutch and German (van der Leyen, von),
 * Romance (de, da, dos, del, la), Arabic (bin, ibn, bint, abu, al, el), Hebrew (ben, bat).
 */
const particles = new Set([
  'von',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'de',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'bint',
  'abu',
  'al',
  'el',
  'ben',
  'bat',
]);

/** A surname joined to its Arabic article or particle ("al-Ansari", "el-Sisi", "bin-Laden"): a name word although lowercase. */
const particleJoined = /^(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|abd)[-‐'’]\p{Lu}/u;

/** True when the token can carry a name: capitalised, or a surname joined to its particle. */
export function bearsName(token: Token): boolean {
  return token.cap || particleJoined.test(token.text);
}

/** Answers already given, by place list and written word: a token's facts follow from its text and the places. */
const nameWords = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** The places of the world the lexicon knows, for callers with no story places. */
const worldPlaces: ReadonlySet<string> = lexicon.places;

/** Can this word be part of a person's name? `places` are the lowercase place names in force (the world's and the story's). */
export function isNameWord(token: Token, places: ReadonlySet<string> = worldPlaces): boolean {
  let answers = nameWords.get(places);
  if (answers === undefined) {
    answers = new Map();
    nameWords.set(places, answers);
  }
  let answer = answers.get(token.text);
  if (answer === undefined) {
    answer = readNameWord(token, places);
    answers.set(token.text, answer);
  }
  return answer;
}

function readNameWord(token: Token, places: ReadonlySet<string>): boolean {
  const word = wordOf(token);
  if (particleJoined.test(token.text)) return true;
  if (!token.cap || /\d/.test(token.text) || token.text.endsWith('.')) return false;
  // A lone initial ("J" of "J. D. Vance") is never a name on its own.
  if (token.base.replace(/[^\p{L}]/gu, '').length < 2) return false;
  // An apostrophe belongs to a name only after an initial (O'Brien, D'Alema), not in "I've".
  if (/'/.test(word) && !/^[odl]'\p{L}{2,}/u.test(word)) return false;
  if (token.upper && token.base.replace(/[^\p{L}]/gu, '').length > 2) return false;
  const parts = word.split('-');
  // A country's name may open a person's ("Jordan Bardella"): a run that is nothing but a place is dropped when it closes.
  const countryName = (part: string) => lexicon.countries.has(part);
  return (
    !parts.some(
      (part) =>
        lexicon.common.has(part) ||
        lexicon.calendar.has(part) ||
        lexicon.nonPerson.has(part) ||
        lexicon.honorifics.has(part) ||
        (places.has(part) && !countryName(part)) ||
        lexicon.outlets.has(part) ||
        (lexicon.nationality.has(part) && !countryName(part)) ||
        lexicon.roleWords.has(part),
    ) &&
    (!places.has(word) || countryName(word))
  );
}

/** Maximal runs of name words (up to 6 words: "Mohammed bin Abdulrahman Al Thani"), not crossing punctuation, a possessive, or a claimed token. */
export function findNameRuns(
  view: SentenceReading,
  isClaimed: (index: number) => boolean,
  places: ReadonlySet<string> = worldPlaces,
): NameRun[] {
  const { words: tokens, sentence } = view;
  const runs: NameRun[] = [];
  let first = -1;
  const close = (last: number) => {
    while (last >= first && !bearsName(tokens[last]!)) last -= 1; // a run never ends with a particle
    if (first >= 0 && last >= first && last - first < 6) {
      const text = sentence.text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase();
      if (!lexicon.outlets.has(text) && !places.has(text)) runs.push({ first, last });
    }
    first = -1;
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const joined = first >= 0 && onlySpaceBetween(sentence.text, tokens[k - 1]!.end, token.start) && !tokens[k - 1]!.possessive;
    const fits = !isClaimed(k) && (isNameWord(token, places) || (joined && particles.has(token.text)));
    if (first >= 0 && (!fits || !joined)) close(k - 1);
    if (fits && first < 0 && bearsName(token)) first = k;
  }
  if (first >= 0) close(tokens.length - 1);
  return runs;
}
