/**
 * Short lowercase noun phrases next to a number, for a figure's `about`: the words after it
 * ("two possible venues", "clauses of the draft treaty") or before a linking word
 * ("the death toll at 1,200", "closed-door talks for six hours").
 */
import type { Token } from '../reading/tokenize.ts';
import { pastWords, presentWords } from '../reading/words/tense-markers.ts';
import { determiners, functionWords } from './words/function-words.ts';

const closed = new Set(functionWords);
const verbs = new Set([...pastWords, ...presentWords]);
const skipped = new Set(determiners);
const maxWords = 3;

const isContent = (token: Token | undefined): token is Token =>
  token !== undefined && token.word && !closed.has(token.lower) && !/^\d/.test(token.text);

/** Content words from token `index` on (determiners skipped), at most three, stopping at verbs (-ing, -ed, "told") after a noun. */
export function wordsAfter(tokens: readonly Token[], index: number): { words: string[]; next: number } {
  let i = index;
  while (tokens[i] && skipped.has(tokens[i]!.lower)) i++;
  const words: string[] = [];
  while (words.length < maxWords && isContent(tokens[i])) {
    const lower = tokens[i]!.lower;
    if (words.length > 0 && (/(?:ing|ed)$/.test(lower) || verbs.has(lower))) break;
    words.push(lower);
    i++;
  }
  return { words, next: i };
}

/** A phrase and the index of the token after it. */
export interface Phrase {
  text: string;
  next: number;
}

/** The noun phrase from token `index` on, with one "of ..." complement ("clauses of the draft treaty"). */
export function phraseAfter(tokens: readonly Token[], index: number): Phrase {
  const head = wordsAfter(tokens, index);
  const text = head.words.join(' ');
  if (head.words.length === 0 || tokens[head.next]?.lower !== 'of') return { text, next: head.next };
  const complement = wordsAfter(tokens, head.next + 1);
  if (complement.words.length === 0) return { text, next: head.next };
  const first = tokens[head.next + 1];
  const determiner = first && skipped.has(first.lower) ? `${first.lower} ` : '';
  return { text: `${text} of ${determiner}${complement.words.join(' ')}`, next: complement.next };
}

/** Content words just before token `index` (at most two), read left to right. */
export function phraseBefore(tokens: readonly Token[], index: number, size = 2): string {
  const words: string[] = [];
  for (let i = index - 1; i >= 0 && words.length < size && isContent(tokens[i]); i--) words.unshift(tokens[i]!.lower);
  return words.join(' ');
}
