/** The rule type of the text stage's sentence splitting (`split-sentences.ts`). */

/** A repair rule: raw segments of one paragraph in, repaired segments out. */
export interface SentenceRule {
  /** Rule name, for tests and debugging. */
  name: string;
  /** Rewrites the segments; their concatenation stays the paragraph text (except when dropping). */
  apply: (segments: readonly string[]) => string[];
}
