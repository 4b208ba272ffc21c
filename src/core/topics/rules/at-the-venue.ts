/**
 * Once an article has filed a sentence under the topic of who takes part for the talks it names ("talks in Geneva",
 * "a meeting at the White House"), a later sentence that puts someone at that same venue ("Driscoll is also in
 * Geneva", "Yermak, who is present in Geneva", "Talks are taking place at the US mission in Geneva") tells who is
 * at the table too. The venue is the capitalised name after "in" or "at" in the sentence the cues filed; the later
 * sentence needs the same name after "in" or "at" and a word of presence.
 */
import type { TopicAssignment } from '../../model.ts';
import type { SentenceContext } from '../rule.ts';
import type { WordToken } from '../topic-words.ts';
import { presenceWords, venuePrepositions } from '../words/presence-words.ts';

const presence = new Set(presenceWords);
const prepositions = new Set(venuePrepositions);

/** Most words a venue's name runs to ("the US mission in Geneva" gives `us mission`, then `geneva`). */
const maxName = 3;

/** The capitalised names right after "in" or "at" (skipping "the"), lowercase, words joined by spaces. */
export function venuesIn(words: readonly WordToken[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!prepositions.has(words[i]!.text)) continue;
    let k = i + 1;
    if (words[k]?.text === 'the') k += 1;
    const name: string[] = [];
    while (k < words.length && name.length < maxName && words[k]!.capital) name.push(words[k++]!.base);
    if (name.length > 0) names.push(name.join(' '));
  }
  return names;
}

/** Files a sentence that puts someone at a venue of the article's talks under the topic of who takes part. */
export function atTheVenue(context: SentenceContext): TopicAssignment[] {
  const { memory, words, assigned, scores } = context;
  const topic = scores.find((entry) => entry.topic.role === 'participants')?.topic;
  if (!topic || memory.venues.size === 0 || assigned.some((own) => own.topic === topic.id)) return [];
  if (!words.some((word) => presence.has(word.text))) return [];
  if (!venuesIn(words).some((name) => memory.venues.has(name))) return [];
  return [{ topic: topic.id, cues: [], rule: 'at-the-venue', score: 0 }];
}
