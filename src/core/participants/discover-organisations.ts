/**
 * Discovers organisations the registry lacks, from how their names are written: a run of capitalised words ending in
 * an organisation's head noun ("European Council", "International Monetary Fund"), possibly after a country's
 * possessive ("Russia's Foreign Ministry"). Function words may stand inside ("Organization for Security and
 * Co-operation"). A run the registry or the gazetteer already names is left to them. A name that opens with a country
 * ("Russia's Foreign Ministry", "Ukrainian Defence Ministry", "US Treasury") is affiliated with it, so that the body
 * speaks for that country's side as a registered one would. A country's own office or agency may also be named in
 * lower case ("Ukraine's weather agency"); one body written both ways is one participant.
 */
import { slug } from 'github-slugger';
import type { ArticleReading } from '../reading/read-articles.ts';
import { foldCase } from '../reading/fold-name.ts';
import { onlySpaceBetween } from '../reading/tokenize.ts';
import type { Phrase } from './compile-matcher.ts';
import { lexicon, roleWords } from './lexicon.ts';
import type { Candidate } from './resolution-state.ts';
import { organisationHeads } from './words/organisation-heads.ts';
import { cardinals, ordinals } from '../figures/words/number-words.ts';

const heads = new Set(organisationHeads);
const inner = new Set(['of', 'for', 'and', 'on']);
const determiners = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their']);
/** Most words in an organisation's name. */
const maxWords = 7;

/** Most words of a known name a coordinated organisation's name may follow. */
const maxKnownWords = 4;

/**
 * True when the capitalised words right before word `k` end in a name already known, a person's surname included:
 * "and" there coordinates two names ("NATO chief Mark Rutte and European Commission head ...", "Rubio and Ukrainian
 * Presidential Office Chief of Staff ..."), where inside one name it joins common nouns ("Organization for Security
 * and Co-operation").
 */
function namedBefore(sentence: ArticleReading['sentences'][number], k: number, taken: ReadonlySet<string>): boolean {
  const { words } = sentence;
  const text = sentence.sentence.text;
  let from = k;
  while (from > 0 && k - from < maxKnownWords && words[from - 1]!.cap && onlySpaceBetween(text, words[from - 1]!.end, words[from]!.start))
    from -= 1;
  for (let start = from; start < k; start += 1) {
    if (taken.has(foldCase(text.slice(words[start]!.start, words[k - 1]!.end)))) return true;
  }
  return false;
}

/**
 * Heads of a body a text may name in lowercase after its country ("Ukraine's weather agency", "Russia's defence
 * ministry"): the state's own services and offices. Banks, courts and companies are left out, since "Russia's
 * biggest bank" describes one rather than names it.
 */
const lowercaseHeads = new Set(['agency', 'ministry', 'service', 'office', 'directorate', 'bureau', 'committee', 'council', 'commission']);

/** Most lowercase words between the country and the head ("Ukraine's state emergency service"). */
const maxLowercaseWords = 2;

/**
 * A body named in lowercase after a country's possessive, ending at word `end`: the country's possessive, one or two
 * lowercase words that are neither a degree ("largest"), a number nor a function word, and the head. Null when the
 * words before `end` are not that.
 */
function lowercaseBody(sentence: ArticleReading['sentences'][number], end: number): number | null {
  const { words } = sentence;
  const text = sentence.sentence.text;
  for (let k = end - 1; k >= 0 && end - k <= maxLowercaseWords + 1; k -= 1) {
    const word = words[k]!;
    if (!onlySpaceBetween(text, word.end, words[k + 1]!.start)) return null;
    if (word.possessive) return word.cap && k < end - 1 && lexicon.nationality.has(word.key) ? k : null;
    const describes = /est$/.test(word.lower) || Object.hasOwn(cardinals, word.lower) || Object.hasOwn(ordinals, word.lower);
    if (word.cap || !/^\p{Ll}+$/u.test(word.lower) || describes || inner.has(word.lower) || determiners.has(word.lower)) return null;
  }
  return null;
}

/** The country a name opens with (its possessive, name or demonym, one word or two) and how many words it takes. */
function openingCountryWords(name: string): { country: string; words: number } | null {
  const words = roleWords(name);
  const two = lexicon.nationality.get(`${words[0]} ${words[1] ?? ''}`);
  if (two !== undefined) return { country: two, words: 2 };
  const one = lexicon.nationality.get(words[0]!);
  return one === undefined ? null : { country: one, words: 1 };
}

/**
 * What a name is compared on to find the same body written two ways: its folded words, with an opening country
 * read as that country ("Ukraine's presidential office" and "Ukrainian Presidential Office" are one body).
 */
function bodyKey(name: string): string {
  const opening = openingCountryWords(name);
  if (opening === null) return foldCase(name);
  return [opening.country, ...roleWords(name).slice(opening.words)].join(' ');
}

/** Discovered organisations and the written forms that name them; `taken` are folded names already known. */
export function discoverOrganisations(
  views: readonly ArticleReading[],
  taken: ReadonlySet<string>,
  reserved: ReadonlySet<string>,
): { candidates: Candidate[]; phrases: Phrase[] } {
  const forms = new Map<string, string>();
  // A name found depends on the sentence's text alone, and only its first form is kept: a text read once is done.
  const read = new Set<string>();
  for (const view of views) {
    for (const sentence of view.sentences) {
      const { words } = sentence;
      const text = sentence.sentence.text;
      if (read.has(text)) continue;
      read.add(text);
      for (let end = 1; end < words.length; end += 1) {
        const head = words[end]!;
        if (!head.cap && lowercaseHeads.has(head.lower)) {
          const first = lowercaseBody(sentence, end);
          if (first !== null) {
            const name = text.slice(words[first]!.start, head.end);
            if (!taken.has(foldCase(name)) && !forms.has(foldCase(name))) forms.set(foldCase(name), name);
          }
          continue;
        }
        if (!head.cap || head.upper || !heads.has(head.lower.replace(/['’]s$/, ''))) continue;
        // Walk left over capitalised words (and function words inside), not across punctuation.
        let first = end;
        for (let k = end - 1; k >= 0 && end - k < maxWords; k -= 1) {
          const word = words[k]!;
          if (!onlySpaceBetween(text, word.end, words[k + 1]!.start)) break;
          if (heads.has(word.lower.replace(/['’]s$/, ''))) break; // the end of another name ("the Ministry and the Fund")
          if (word.cap && !lexicon.calendar.has(word.norm)) {
            first = k;
            if (word.possessive) break;
          } else if (!inner.has(word.lower)) break;
          else if (word.lower === 'and' && namedBefore(sentence, k, taken)) break; // "Mark Rutte and European Commission"
        }
        while (first < end && (inner.has(words[first]!.lower) || determiners.has(words[first]!.lower))) first += 1;
        // A lone head after a sentence start is no name ("Council members said").
        if (first === end || (first === 0 && end - first < 2)) continue;
        const name = text.slice(words[first]!.start, head.start) + head.base;
        const key = foldCase(name);
        if (taken.has(key) || taken.has(foldCase(name.replace(/^\p{L}+['’]s\s+/u, '')))) continue;
        if (!forms.has(key)) forms.set(key, name);
      }
    }
  }
  // Forms of one body, in the order of their folded keys; the body is named by its form with the most capitals.
  const bodies = new Map<string, string[]>();
  for (const key of [...forms.keys()].sort()) {
    const name = forms.get(key)!;
    const group = bodies.get(bodyKey(name));
    if (group === undefined) bodies.set(bodyKey(name), [name]);
    else group.push(name);
  }
  const capitals = (name: string): number => name.match(/\b\p{Lu}/gu)?.length ?? 0;
  const candidates: Candidate[] = [];
  const phrases: Phrase[] = [];
  for (const group of bodies.values()) {
    const name = group.reduce((best, form) => (capitals(form) > capitals(best) ? form : best));
    const id = slug(foldCase(name));
    if (reserved.has(id) || candidates.some((candidate) => candidate.id === id)) continue;
    candidates.push({
      id,
      name,
      kind: 'organization',
      affiliation: openingCountryWords(name)?.country ?? null,
      registered: false,
      given: null,
      surname: null,
    });
    for (const form of group) phrases.push({ target: id, text: form });
  }
  return { candidates, phrases };
}
