/**
 * Rule: `Kyiv swiftly rejected the conditions` is read with the sentence before when that sentence names the
 * conditions. When it does not (`The plan now has 19 points`, the plan named paragraphs earlier), the sentence
 * before would not help and the line stands as it is.
 */
import { namesNoun, referringNounsIn } from '../back-reference-patterns.ts';
import type { ContextRule } from '../context-rule.ts';
import { previousSentence } from '../reading-context.ts';

export const namesWhatCameBefore: ContextRule = {
  name: 'names-what-came-before',
  leansOn: (sentence, context) => {
    const nouns = referringNounsIn(sentence.text);
    if (nouns.length === 0) return null;
    const previous = previousSentence(context, sentence);
    return previous && nouns.some((noun) => namesNoun(previous.text, noun)) ? previous : null;
  },
};
