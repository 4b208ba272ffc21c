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
  const longest: Array<CueHit | null> = tokens.map((_, i) =>
    starts !== undefined && (starts[i]! & bit) === 0 ? null : longestAt(root, tokens, i, scratch),
  );
  // The zero-weight phrases the left-to-right reading takes hide every cue they overlap.
  const hidden = new Uint8Array(tokens.length);
  const silent: CueHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = longest[i];
    if (!hit) {
      i += 1;
      continue;
    }
    if (hit.cue.weight <= 0) {
      hidden.fill(1, hit.start, hit.end);
      silent.push(hit);
    }
    i = hit.end;
  }
  const usable = longest.map((hit) => (hit && hit.cue.weight > 0 && !hidden.subarray(hit.start, hit.end).includes(1) ? hit : null));
  // best[i]: the heaviest total of non-overlapping usable cues from word i on.
  const best = new Float64Array(tokens.length + 1);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const hit = usable[i];
    best[i] = hit ? Math.max(best[i + 1]!, hit.cue.weight + best[hit.end]!) : best[i + 1]!;
  }
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = usable[i];
    if (hit && hit.cue.weight + best[hit.end]! >= best[i]!) {
      hits.push(hit);
      i = hit.end;
    } else {
      i += 1;
    }
  }
  return silent.length === 0 ? hits : [...hits, ...silent].sort((a, b) => a.start - b.start);
}
