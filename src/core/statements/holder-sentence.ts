/**
 * A sentence as the holder rules read it: its words, which of them lie inside quotation marks, and the participant
 * mentions that cover each word. Built once per sentence from the shared reading and the participants stage.
 */
import type { ParticipantKind } from '../model.ts';
import type { SentenceReading } from '../reading/read-articles.ts';
import type { Token } from '../reading/tokenize.ts';
import type { Mention } from '../stages.ts';
import { partitionPoint } from '../reading/partition-point.ts';

/** A mention with the word range it covers. */
export interface WordMention {
  /** The mention. */
  mention: Mention;
  /** Index of its first word. */
  first: number;
  /** Index of its last word. */
  last: number;
}

/** One sentence, ready for the holder rules. */
export interface HolderSentence {
  /** The shared reading. */
  reading: SentenceReading;
  /** Its words. */
  words: readonly Token[];
  /** Lowercase bare form of each word (`u.s` for `U.S.`, `trump` for `Trump's`). */
  lower: readonly string[];
  /** True for each word inside quotation marks. */
  quoted: readonly boolean[];
  /** The mentions that cover each word, people first, then the longest. */
  mentionsAt: ReadonlyArray<readonly WordMention[]>;
  /** Every mention, in text order. */
  mentions: readonly WordMention[];
}

/** Lowercase bare form of a word: no possessive, no final full stop. */
export function bareWord(token: Token): string {
  const lower = token.possessive ? token.lower.slice(0, -2) : token.lower;
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Index of the first word that ends after `offset` (binary search: words are in text order). */
function firstWordEndingAfter(words: readonly Token[], offset: number): number {
  return partitionPoint(words, (word) => word.end <= offset);
}

/** The mentions of a word in none (shared, never changed). */
const none: WordMention[] = [];

/** Reads a sentence; `kinds` tells which mentions are of people. */
export function readHolderSentence(
  reading: SentenceReading,
  mentions: readonly Mention[],
  kinds: ReadonlyMap<string, ParticipantKind>,
): HolderSentence {
  const { words } = reading;
  const placed: WordMention[] = [];
  // Most words are in no mention: they share one empty list, and a word gets its own list with its first mention.
  const mentionsAt: WordMention[][] = new Array<WordMention[]>(words.length).fill(none);
  for (const mention of mentions) {
    const first = firstWordEndingAfter(words, mention.start);
    let last = first - 1;
    while (last + 1 < words.length && words[last + 1]!.start < mention.end) last += 1;
    if (last < first) continue;
    const entry = { mention, first, last };
    placed.push(entry);
    for (let k = first; k <= last; k += 1) {
      if (mentionsAt[k] === none) mentionsAt[k] = [entry];
      else mentionsAt[k]!.push(entry);
    }
  }
  const isPerson = (entry: WordMention) => (kinds.get(entry.mention.participant) === 'person' ? 1 : 0);
  for (const list of mentionsAt)
    if (list.length > 1) list.sort((a, b) => isPerson(b) - isPerson(a) || b.last - b.first - (a.last - a.first));
  return {
    reading,
    words,
    lower: words.map(bareWord),
    quoted: reading.quotedWords,
    mentionsAt,
    mentions: placed.sort((a, b) => a.first - b.first || b.last - a.last),
  };
}

/** The text between two words (exclusive), e.g. the punctuation after word `k`. */
export function between(sentence: HolderSentence, k: number, next: number): string {
  const { words, reading } = sentence;
  const from = words[k]?.end ?? 0;
  const to = words[next]?.start ?? reading.sentence.text.length;
  return reading.sentence.text.slice(from, to);
}
