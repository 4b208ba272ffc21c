/**
 * What a reader makes of one input file, before cleaning: a headline, raw paragraphs and whatever
 * metadata the file carries. Readers know formats, not furniture.
 */

/** Article metadata an input can carry; every field optional. */
export interface ArticleFields {
  /** Headline. */
  title?: string;
  /** Publication name. */
  outlet?: string;
  /** Publication day, `YYYY-MM-DD` (not yet validated). */
  published?: string;
  /** Original address (not yet validated). */
  url?: string;
  /** Dateline place. */
  dateline?: string;
  /** Wire service. */
  wire?: string;
}

/** One input file, read. */
export interface SourceArticle {
  /** The headline as found (may be empty when the file has none). */
  headline: string;
  /** Body paragraphs in order, uncleaned. */
  paragraphs: string[];
  /** True when the paragraphs are Markdown source; false for plain text. */
  markdown: boolean;
  /** Fields the file states about itself (front matter): they win over command-line flags. */
  stated: ArticleFields;
  /** Fields found on a saved page (meta tags): command-line flags win over them. */
  found: ArticleFields;
}
