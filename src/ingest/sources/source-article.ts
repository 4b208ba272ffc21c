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

/** A field found in an input, with where it was found (`og:site_name`, `JSON-LD datePublished`). */
export interface FoundField {
  /** The value as found. */
  value: string;
  /** Where, in words for the ingest report. */
  from: string;
}

/** Fields found in an input, each with where it was found. */
export type FoundFields = { [K in keyof ArticleFields]?: FoundField };

/** One input file, read. */
export interface SourceArticle {
  /** The headline as found (may be empty when the file has none). */
  headline: string;
  /** Where the headline was found (`the first line`, `og:title`). */
  headlineFrom: string;
  /** Body paragraphs in order, uncleaned. */
  paragraphs: string[];
  /** True when the paragraphs are Markdown source; false for plain text. */
  markdown: boolean;
  /** Fields the file states about itself (front matter): they win over command-line flags. */
  stated: ArticleFields;
  /** Fields found on a page (meta tags, JSON-LD): command-line flags win over them. */
  found: FoundFields;
}
