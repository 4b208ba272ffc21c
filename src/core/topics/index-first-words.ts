/**
 * Which topics a word can open a cue of, for every topic at once: one look-up per word of a
 * sentence instead of one per word and topic, so each topic's trie is walked only where one of
 * its cues can start. A word sets a topic's bit exactly when the first step of its trie takes it.
 */
import type { CueNode } from './compile-cues.ts';
import { isNumber } from './is-number.ts';
import type { WordToken } from './topic-words.ts';

/** A prefix edge of some topic's root, with that topic's bit. */
interface TaggedPrefix {
  prefix: string;
  bit: number;
}

/** The first steps of up to 31 topic tries, merged. */
export interface FirstWordIndex {
  /** Topic bits by exact first word. */
  exact: Map<string, number>;
  /** Per first character, every root's prefix edges tested for a word starting with it, tagged. */
  prefixesByFirst: Map<string, TaggedPrefix[]>;
  /** The tagged prefix edges tested for any other word. */
  anyPrefixes: TaggedPrefix[];
  /** Bits of the topics whose cues can open with a name. */
  name: number;
  /** Bits of the topics whose cues can open with a number. */
  number: number;
}

/** The most topics a bit mask holds; with more, every word is a possible start. */
export const maxIndexedTopics = 31;

/** Merges the roots' first steps; `roots[t]` gets bit `1 << t`. */
export function indexFirstWords(roots: readonly CueNode[]): FirstWordIndex {
  const index: FirstWordIndex = { exact: new Map(), prefixesByFirst: new Map(), anyPrefixes: [], name: 0, number: 0 };
  const firsts = new Set<string>();
  roots.forEach((root, t) => {
    const bit = 1 << t;
    for (const word of root.exact.keys()) index.exact.set(word, (index.exact.get(word) ?? 0) | bit);
    for (const first of root.prefixesByFirst.keys()) firsts.add(first);
    for (const edge of root.anyPrefixes) index.anyPrefixes.push({ prefix: edge.prefix, bit });
    if (root.name) index.name |= bit;
    if (root.number) index.number |= bit;
  });
  for (const first of firsts) {
    const tagged: TaggedPrefix[] = [];
    roots.forEach((root, t) => {
      for (const edge of root.prefixesByFirst.get(first) ?? root.anyPrefixes) tagged.push({ prefix: edge.prefix, bit: 1 << t });
    });
    index.prefixesByFirst.set(first, tagged);
  }
  return index;
}

/** The bits of the topics whose tries take `token` as a first word. */
export function firstWordBits(index: FirstWordIndex, token: WordToken): number {
  let bits = index.exact.get(token.text) ?? 0;
  if (token.base !== token.text) bits |= index.exact.get(token.base) ?? 0;
  for (const { prefix, bit } of index.prefixesByFirst.get(token.text[0] ?? '') ?? index.anyPrefixes) {
    if ((bits & bit) === 0 && token.text.startsWith(prefix)) bits |= bit;
  }
  if (token.capital && !token.owner) bits |= index.name;
  if (index.number !== 0 && (bits & index.number) !== index.number && isNumber(token.text)) bits |= index.number;
  return bits;
}
