/**
 * Turns the word-list patterns into regular expressions: `*` is any run of text, everything else is
 * literal, matching is case-insensitive. A whole-line pattern that does not end in `*` also accepts one
 * closing `.`, `!` or `:` (`Leave a comment.`).
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function literal(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/ /g, '\\s+');
}

/** The pattern's body as regular-expression source, without anchors. */
export function globSource(pattern: string): string {
  return pattern.split('*').map(literal).join('.*');
}

/** A regular expression matching a whole line against `pattern`. */
export function compileLineGlob(pattern: string): RegExp {
  const tail = pattern.endsWith('*') ? '' : '[.!:]?';
  return new RegExp(`^${globSource(pattern)}${tail}$`, 'iu');
}
