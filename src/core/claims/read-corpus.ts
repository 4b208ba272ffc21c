/**
 * The content of a sentence as a set of tokens for claim matching: lowercase stems of words that
 * are not stop words, numbers without thousands separators, equivalent stems folded together,
 * plus one `@date` token per resolved date (so "on Friday" read on Thursday and "this morning
 * (NZT)" read on Saturday meet when both mean the same day). Also tells which tokens are names.
 */
import { readOncePerText } from '../reading/read-once-per-text.ts';
import { stemWord } from './stem-word.ts';
import { equivalents } from './words/equivalents.ts';
import { stopWords } from './words/stop-words.ts';

const stop = new Set(stopWords);
const folded = new Map(Object.entries(equivalents).map(([word, token]) => [stemWord(word), token]));
const wordPattern = /\d+(?:[.,]\d+)*|\p{L}+/gu;

/** The token a single word stands for, or null for stop words and one-letter words. */
export function tokenOfWord(word: string): string | null {
  const raw = word.toLowerCase();
  if (/^\d/.test(raw)) return raw.replace(/,(?=\d{3})/g, '');
  if (raw.length < 2 || stop.has(raw)) return null;
  const stem = stemWord(raw);
  return folded.get(stem) ?? stem;
}

/** Content tokens of every sentence, and the tokens that are names in this corpus. */
export interface CorpusTokens {
  tokens: string[][];
  names: Set<string>;
}

/**
 * Reads every sentence once. Names are the tokens written with a capital letter and never in
 * lower case ("Lavrov", "Geneva", "Umerov"; not "President", which also appears as "the president").
 */
export function readCorpus(texts: readonly string[], dates: readonly (readonly string[])[]): CorpusTokens {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  // The same spellings come back again and again: read each distinct one once.
  const memo = new Map<string, string | null>();
  // So do whole sentences (wire copy): read each distinct text once too.
  const wordsOf = readOncePerText((text) => {
    const own = new Set<string>();
    for (const word of text.match(wordPattern) ?? []) {
      let token = memo.get(word);
      if (token === undefined) {
        token = tokenOfWord(word);
        memo.set(word, token);
        if (token !== null && !/^\d/.test(token)) (/^\p{Lu}/u.test(word) ? capitalised : lower).add(token);
      }
      if (token !== null) own.add(token);
    }
    return own;
  });
  const tokens = texts.map((text, i) => {
    // Word tokens never start with `@`, so the date tokens come after them as before.
    const own = new Set(wordsOf(text));
    for (const date of dates[i] ?? []) own.add(`@${date}`);
    return [...own];
  });
  return { tokens, names: new Set([...capitalised].filter((token) => !lower.has(token))) };
}
