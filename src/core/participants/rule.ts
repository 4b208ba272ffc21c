/** The rule type of the participants stage (`resolve-participants.ts`); its ordered lists are in `rules.ts`. */
import type { ArticleState, Corpus, Found } from './resolution-state.ts';

/** A named resolution rule: returns new mentions; the caller keeps those on unclaimed tokens. */
export interface NameRule {
  /** Rule name, recorded on each mention. */
  name: string;
  /** When true, its mentions may cover tokens of bodies or countries already found ("the US president" over "US"). */
  nests?: boolean;
  /** Finds mentions in an article. */
  apply: (state: ArticleState, corpus: Corpus) => Found[];
}
