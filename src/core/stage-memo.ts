/**
 * Results an earlier analysis gave for one article, for the stages whose result for an article depends on that
 * article alone (and on the stage's settings, such as the topic definitions): its text, its topics, its dated
 * statements and its figures. A rebuild after one new article then reads only that article again in those
 * stages. Pure as far as the analysis goes: it only asks and tells; the caller keeps the results wherever it
 * likes, keyed by the article's every field, the settings and the code.
 */
import type { ArticleInput } from './model.ts';

/** Recalls and keeps per-article results. */
export interface StageMemo {
  /** What `stage` gave for `article` with `settings`, when it was kept: exactly the value kept, or undefined. */
  recall(stage: string, article: ArticleInput, settings?: unknown): unknown;
  /** Keeps what `stage` gave for `article` with `settings` (plain data: it may be stored and read back). */
  keep(stage: string, article: ArticleInput, result: unknown, settings?: unknown): void;
}

/** Recalls nothing: every stage reads every article. */
export const NO_MEMO: StageMemo = { recall: () => undefined, keep: () => {} };
