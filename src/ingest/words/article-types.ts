/**
 * schema.org types whose JSON-LD describes a news article, best first: a page that carries several
 * objects (a `WebPage`, a `BreadcrumbList`, an `Organization` and a `NewsArticle` in one `@graph`) is read
 * for the first of these. From schema.org's `NewsArticle` and its subtypes, then the wider `Article` types
 * that news sites also use (https://schema.org/NewsArticle, https://schema.org/Article).
 */
export const articleTypes: readonly string[] = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'Article',
  'Report',
  'BlogPosting',
];
