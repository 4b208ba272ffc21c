/**
 * The one front-matter splitter: a Markdown file's YAML front matter is the text between a `---` line at the very
 * top and the next `---` line. Every reader of articles, topic files and saved Markdown uses it.
 */

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A file split at the end of its front matter. */
export interface SplitFile {
  /** The front matter's YAML text (its lines, without the `---` lines); null when the file has none. */
  frontMatter: string | null;
  /** The rest of the file, after the closing `---` line. */
  body: string;
  /** Where `body` starts in the file (0 when there is no front matter). */
  bodyStart: number;
}

/** Splits `text` into its front matter (null when there is none) and the rest. */
export function splitFrontMatter(text: string): SplitFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: null, body: text, bodyStart: 0 };
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length), bodyStart: match[0].length };
}
