/**
 * Finds the cues of one topic in a sentence: leftmost-longest, without overlaps, so a longer
 * phrase shadows the shorter cues inside it (a zero-weight `security council` hides `security`).
 */
import type { TopicCue } from '../model.ts';
import type { CueNode } from './compile-cues.ts';
import { isNumber } from './is-number.ts';
import type { WordToken } from './topic-words.ts';

/** One cue found in a sentence. */
export interface CueHit {
  /** The cue. */
  cue: TopicCue;
  /** Index of its first word. */
  start: number;
  /** Index after its last word. */
  end: number;
}

/** Adds the children of `node` that `token` leads to, in order: exact word, prefixes, name, number. */
function step(node: CueNode, token: WordToken, next: CueNode[]): void {
  const exact = node.exact.get(token.text) ?? (token.base !== token.text ? node.exact.get(token.base) : undefined);
  if (exact) next.push(exact);
  const prefixes = node.prefixesByFirst.get(token.text[0] ?? '') ?? node.anyPrefixes;
  for (const { prefix, node: child } of prefixes) if (token.text.startsWith(prefix)) next.push(child);
  if (node.name && token.capital && !token.owner) next.push(node.name);
  if (node.number && isNumber(token.text)) next.push(node.number);
}

/** The longest cue that starts at `start` (an exact word beats a prefix at equal length). */
function longestAt(root: CueNode, tokens: readonly WordToken[], start: number, scratch: CueNode[]): CueHit | null {
  // Most words start no cue: the root's step goes into a reused array, and nothing else is made.
  scratch.length = 0;
  const first = tokens[start];
  if (!first) return null;
  step(root, first, scratch);
  if (scratch.length === 0) return null;
  let best: TopicCue | null = null;
  let end = start;
  // The scratch array is the first frontier: nothing else reads it before this call returns.
  let frontier: CueNode[] = scratch;
  for (let i = start; i < tokens.length && frontier.length > 0; i++) {
    let next: CueNode[];
    if (i === start) {
      next = frontier;
    } else {
      const token = tokens[i];
      if (!token) break;
      next = [];
      for (const node of frontier) step(node, token, next);
    }
    for (const node of next) {
      if (node.cue !== null) {
        best = node.cue;
        end = i + 1;
        break;
      }
    }
    frontier = next;
  }
  return best === null ? null : { cue: best, start, end };
}

/**
 * The cues found in the tokens, left to right, none overlapping. `starts`, when given, has `bit`
 * set at every word where a cue of this trie can start (see `index-first-words.ts`): the others are skipped.
 */
export function matchCues(root: CueNode, tokens: readonly WordToken[], starts?: ArrayLike<number>, bit = 0): CueHit[] {
  const hits: CueHit[] = [];
  const scratch: CueNode[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (starts !== undefined && (starts[i]! & bit) === 0) {
      i += 1;
      continue;
    }
    const hit = longestAt(root, tokens, i, scratch);
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else {
      i += 1;
    }
  }
  return hits;
}
