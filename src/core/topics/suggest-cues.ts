/**
 * Suggests cues for a topic from the articles, for an editor to judge: the words and two-word phrases that occur in
 * the sentences the topic's own cues file (and reach the threshold without help) far more often than in the rest of
 * the coverage. Ranked by a smoothed log-odds ratio (Monroe, Colaresi and Quinn, "Fightin' Words", 2008), with the
 * count and an example sentence each. Nothing is added to a topic: the editor copies what fits.
 */
import type { Briefing, TopicDefinition } from '../model.ts';
import { compileCues } from './compile-cues.ts';
import { matchCues } from './match-cues.ts';
import { tokenizeWords, type WordToken } from './topic-words.ts';
import { functionWords } from '../reading/words/function-words.ts';

/** One suggested cue. */
export interface CueSuggestion {
  /** The word or phrase, as a cue term. */
  term: string;
  /** Sentences of the topic that contain it. */
  inTopic: number;
  /** Other sentences that contain it. */
  elsewhere: number;
  /** Articles it occurs in, among the topic's sentences. */
  articles: number;
  /** The ranking score (higher is more typical of the topic). */
  score: number;
  /** One sentence of the topic that contains it (its id). */
  example: string;
}

const stop = new Set(functionWords);

/** The candidate terms of a sentence: content words and two-word phrases of content words, once each. */
function termsOf(words: readonly WordToken[], covered: ReadonlySet<number>, names: ReadonlySet<string>): Set<string> {
  const terms = new Set<string>();
  const content = (k: number) => {
    const word = words[k];
    return word !== undefined && !covered.has(k) && !stop.has(word.base) && /^\p{L}[\p{L}-]{2,}$/u.test(word.base) && !names.has(word.base);
  };
  for (let k = 0; k < words.length; k += 1) {
    if (!content(k)) continue;
    terms.add(words[k]!.base);
    if (content(k + 1)) terms.add(`${words[k]!.base} ${words[k + 1]!.base}`);
  }
  return terms;
}

/** Suggestions for `topic`, best first, at most `limit`; terms seen in fewer than `minArticles` articles are left out. */
export function suggestCues(briefing: Briefing, topic: TopicDefinition, limit = 20, minArticles = 2): CueSuggestion[] {
  const trie = compileCues(topic.cues);
  const inTopic = new Map<string, { count: number; articles: Set<string>; example: string }>();
  const elsewhere = new Map<string, number>();
  let topicSentences = 0;
  let otherSentences = 0;
  // Words written with a capital inside a sentence are names: a name is who, not what a topic is about.
  const names = new Set<string>();
  for (const article of briefing.articles) {
    for (const sentence of article.sentences) for (const word of tokenizeWords(sentence.text)) if (word.capital) names.add(word.base);
  }
  for (const article of briefing.articles) {
    for (const sentence of article.sentences) {
      const words = tokenizeWords(sentence.text);
      // Words the topic's cues already match are not suggested again.
      const covered = new Set<number>();
      for (const hit of matchCues(trie, words)) for (let k = hit.start; k < hit.end; k += 1) covered.add(k);
      const own = sentence.assignments.some((assignment) => assignment.topic === topic.id && assignment.rule === 'cue-score');
      const terms = termsOf(words, covered, names);
      if (own) {
        topicSentences += 1;
        for (const term of terms) {
          const entry = inTopic.get(term) ?? { count: 0, articles: new Set<string>(), example: sentence.id };
          entry.count += 1;
          entry.articles.add(article.id);
          inTopic.set(term, entry);
        }
      } else {
        otherSentences += 1;
        for (const term of terms) elsewhere.set(term, (elsewhere.get(term) ?? 0) + 1);
      }
    }
  }
  const prior = 0.5;
  const suggestions: CueSuggestion[] = [];
  for (const [term, entry] of inTopic) {
    if (entry.articles.size < minArticles || entry.count < 2) continue;
    const other = elsewhere.get(term) ?? 0;
    const a = entry.count + prior;
    const b = other + prior;
    const logOdds = Math.log(a / (topicSentences + 2 * prior - a)) - Math.log(b / (otherSentences + 2 * prior - b));
    const variance = 1 / a + 1 / b;
    suggestions.push({
      term,
      inTopic: entry.count,
      elsewhere: other,
      articles: entry.articles.size,
      score: logOdds / Math.sqrt(variance),
      example: entry.example,
    });
  }
  return suggestions.sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : 1)).slice(0, limit);
}
