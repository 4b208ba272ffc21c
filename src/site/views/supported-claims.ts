/**
 * The claims a source page lists under "Claims it supports": the facts its sentences state that another independent
 * source reports too, each once, with the article's first sentence in it, in reading order. A name the sources spell
 * differently is no fact the article supports, so it is left out; it has a page of its own.
 */
import type { Article, Claim, Sentence } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';

/** A claim the article supports, with its first sentence in it. */
export interface SupportedClaim {
  claim: Claim;
  sentence: Sentence;
}

/** The fact claims of the article that more than one independent source reports, by first sentence. */
export function supportedClaims(index: BriefingIndex, article: Article): SupportedClaim[] {
  const first = new Map<string, SupportedClaim>();
  for (const sentence of article.sentences) {
    for (const claim of index.claimsBySentence.get(sentence.id) ?? []) {
      if (claim.kind === 'fact' && claim.independentSources > 1 && !first.has(claim.id)) first.set(claim.id, { claim, sentence });
    }
  }
  return [...first.values()];
}
