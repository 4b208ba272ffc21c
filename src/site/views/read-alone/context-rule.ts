/** A rule that finds the earlier sentence a sentence leans on, so both are shown together. */
import type { Sentence } from '../../../core/model.ts';
import type { ReadingContext } from './reading-context.ts';

export interface ContextRule {
  /** Kebab-case name, for tests. */
  name: string;
  /** The earlier sentence of the same article that `sentence` needs to be understood, or null when it needs none. */
  leansOn: (sentence: Sentence, context: ReadingContext) => Sentence | null;
}
