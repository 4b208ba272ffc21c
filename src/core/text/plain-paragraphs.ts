/**
 * A fast path for bodies that are plain prose: blank-line separated paragraphs with no character that
 * Markdown gives a meaning to. For such a body remark-parse would return one paragraph of plain text per
 * block, so splitting on blank lines gives the same paragraphs without building a syntax tree.
 * Anything that could be syntax (CommonMark block starts, inline markers, links, entities, escapes,
 * GFM autolink literals, tables, strikethrough, unusual line ends) sends the body to the full parser.
 */
import { normalizeWhitespace } from './normalize-whitespace.ts';

/** Characters with an inline or block meaning in CommonMark or GFM, line ends remark treats apart, a byte order mark. */
const SYNTAX_CHARACTER = /[\\`*_~<>|&#!\r\v\f\0\t\uFEFF]/;

/**
 * Brackets are text unless they make a link (`](`), a footnote call (`[^`) or, at a line start, a
 * definition that would turn other brackets into links. `we want [a] deal` stays text.
 */
const BRACKET_SYNTAX = /\]\(|\[\^|^ {0,3}\[/m;

/** GFM autolink literals: addresses and e-mails become links, and address-only links are dropped. */
const AUTOLINK_LITERAL = /https?:|www\.|@|mailto:|xmpp:/i;

/** Line starts that open a block: lists, setext underlines, thematic breaks, table delimiter rows, indented code. */
const BLOCK_START = /^(?: {4}| {0,3}(?:[-+=:]|\d{1,9}[.)]))/m;

/** The paragraphs of a plain-prose body, or null when the body needs the Markdown parser. */
export function plainParagraphs(markdown: string): string[] | null {
  if (SYNTAX_CHARACTER.test(markdown) || BRACKET_SYNTAX.test(markdown) || AUTOLINK_LITERAL.test(markdown) || BLOCK_START.test(markdown))
    return null;
  return markdown
    .split(/\n[ ]*(?:\n|$)/)
    .map(normalizeWhitespace)
    .filter((text) => text.length > 0);
}
