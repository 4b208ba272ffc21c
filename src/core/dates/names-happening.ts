/**
 * Whether the words after "a day after" / "before" / "on the eve of" name a happening that was
 * told before ("the talks", "Zelensky's visit", "their Alaska meeting") rather than tell a new one
 * ("26 nations pledged ...", "a planned summit was shelved"). Only a definite phrase (article,
 * possessive, demonstrative) of at most five words that ends in a happening noun and is not the
 * subject of a verb of its own names one.
 */
import type { Token } from '../reading/tokenize.ts';
import { happeningNouns } from './words/happening-kinds.ts';

const nouns = new Set(happeningNouns);
const definite = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);
/** Finite verbs that make the phrase a clause ("the summit was shelved", "the talks began"). */
const finite = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'began',
  'begins',
  'started',
  'ended',
  'ends',
  'took',
  'collapsed',
  'failed',
  'opened',
  'closed',
]);

/** Index of the first token at or after offset `at`. */
function tokenFrom(tokens: readonly Token[], at: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < at) i++;
  return i;
}

/** True when the tokens from offset `at` are a definite phrase naming a happening (bounded: five words). */
export function namesHappening(tokens: readonly Token[], at: number): boolean {
  const first = tokenFrom(tokens, at);
  const opener = tokens[first];
  if (!opener?.word || !(definite.has(opener.lower) || opener.possessive)) return false;
  for (let i = first + (opener.possessive ? 0 : 1); i < first + 6 && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word) return false;
    if (nouns.has(token.lower) || (token.possessive && nouns.has(token.lower.replace(/'s$/, '')))) {
      const next = tokens[i + 1];
      return !(next?.word && finite.has(next.lower));
    }
  }
  return false;
}
