/**
 * What the analysis says about its progress, for a caller that wants to know which article a long-running stage is
 * on (the build names it when a stage takes more than a few seconds). Pure: the analysis only calls it; it keeps no
 * time and writes nothing itself.
 */

/** Told the stage the analysis starts, then each article as a stage begins to read it (null between articles). */
export type AnalysisWatch = (stage: string, article: string | null) => void;

/** Told the slug of each article as a stage begins to read it. */
export type ArticleWatch = (article: string) => void;
