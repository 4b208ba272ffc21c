/**
 * A definite noun that ends a compound the sentences just before named under a topic points back to it: after "allies
 * agreed to set up a ceasefire monitoring mechanism", "the mechanism" is the ceasefire's (Halliday & Hasan's
 * reference by repetition of the head). A cue word modifies the nouns after it ("ceasefire monitoring mechanism"),
 * so each of the first nouns that follow a positive cue in its compound (no punctuation, no function word between)
 * stands for the topic for the next two sentences. Only a determiner that refers back counts ("the", "this",
 * "that"), and only a noun that is no cue of its own.
 */
import { functionWords } from '../../reading/words/function-words.ts';
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';
import type { TopicScore } from '../score-topics.ts';
import type { WordToken } from '../topic-words.ts';

const determiners = new Set(['the', 'this', 'that', 'these', 'those']);
const closed = new Set(functionWords);
/** Most words of a compound after its cue ("monitoring mechanism": two). */
const maxFollowing = 2;
/** Sentences after the compound's own in which its head still points back to it. */
export const compoundReach = 2;

/** A noun's key, singular and plural alike ("mechanisms" and "mechanism"). */
export const headKey = (base: string): string => (base.length > 3 && base.endsWith('s') && !base.endsWith('ss') ? base.slice(0, -1) : base);

/** The nouns that follow each positive cue of a topic in its compound, by word base. */
export function compoundHeads(words: readonly WordToken[], text: string, score: TopicScore): string[] {
  const heads: string[] = [];
  for (const [, end] of score.spans) {
    let k = words.findIndex((word) => word.start >= end);
    for (let taken = 0; k >= 0 && k < words.length && taken < maxFollowing; k += 1, taken += 1) {
      const word = words[k]!;
      const gap = text.slice(k > 0 ? words[k - 1]!.end : end, word.start);
      if (gap.trim() !== '' || word.capital || closed.has(word.text) || !/^\p{Ll}+$/u.test(word.base)) break;
      heads.push(headKey(word.base));
    }
  }
  return heads;
}

/** The topics a back-referring compound head in the sentence points to. */
export function referToCompound(context: SentenceContext): TopicAssignment[] {
  const { words, memory, assigned } = context;
  const topics = new Set<string>();
  for (let k = 1; k < words.length; k += 1) {
    const head = memory.compounds.get(headKey(words[k]!.base));
    if (head === undefined || !determiners.has(words[k - 1]!.text)) continue;
    for (const topic of head) topics.add(topic);
  }
  return [...topics]
    .filter((topic) => !assigned.some((own) => own.topic === topic))
    .map((topic) => ({ topic, cues: [], rule: 'refer-to-compound', score: 0 }));
}
