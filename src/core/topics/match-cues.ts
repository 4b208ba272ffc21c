/**
 * Finds the cues of one topic in a sentence, without overlaps: a zero-weight phrase read leftmost-longest shadows
 * the cues inside it (`security council` hides `security`), and the cues with a weight are the heaviest set that does
 * not overlap, so a weak phrase does not hide a strong cue it shares a word with.
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
 * Read left to right, the longest cue at a word wins, so a zero-weight phrase hides the cues inside it
 * (`security council` hides `security`). Among the cues with a weight, a weaker phrase does not hide a stronger one
 * it overlaps ("peace talks in Geneva" counts `talks in @name`, not `peace talks`): those are chosen as the
 * heaviest set that does not overlap, the leftmost on a tie.
 */
export function matchCues(root: CueNode, tokens: readonly WordToken[], starts?: ArrayLike<number>, bit = 0): CueHit[] {
  const scratch: CueNode[] = [];
  // The longest cue at each word, in text order (most words start none).
  const longest: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (starts !== undefined && (starts[i]! & bit) === 0) continue;
    const hit = longestAt(root, tokens, i, scratch);
    if (hit) longest.push(hit);
  }
  if (longest.length < 2) return longest;
  // The zero-weight phrases the left-to-right reading takes hide every cue they overlap.
  const silent: CueHit[] = [];
  let reached = 0;
  for (const hit of longest) {
    if (hit.start < reached) continue;
    if (hit.cue.weight <= 0) silent.push(hit);
    reached = hit.end;
  }
  const hides = (hit: CueHit) => silent.some((veto) => hit.start < veto.end && veto.start < hit.end);
  const usable = longest.filter((hit) => hit.cue.weight > 0 && !hides(hit));
  // best[k]: the heaviest total of non-overlapping usable cues from the k-th on; after[k]: the first one after the k-th ends.
  const after = usable.map((hit, k) => {
    let next = k + 1;
    while (next < usable.length && usable[next]!.start < hit.end) next += 1;
    return next;
  });
  const best = new Float64Array(usable.length + 1);
  for (let k = usable.length - 1; k >= 0; k--) best[k] = Math.max(best[k + 1]!, usable[k]!.cue.weight + best[after[k]!]!);
  const hits: CueHit[] = [];
  for (let k = 0; k < usable.length;) {
    if (usable[k]!.cue.weight + best[after[k]!]! >= best[k]!) {
      hits.push(usable[k]!);
      k = after[k]!;
    } else {
      k += 1;
    }
  }
  return silent.length === 0 ? hits : [...hits, ...silent].sort((a, b) => a.start - b.start);
}
