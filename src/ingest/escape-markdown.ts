/**
 * Makes a plain-text paragraph safe to write as Markdown: it must read back (remark-parse with GFM) as
 * the same text, not as a heading, quote, list, rule, code, HTML, link or emphasis. Characters that can
 * open such a construct are backslash-escaped; `[` and `]` are escaped only where they would form a link,
 * so a bracketed editorial insertion (`[an] immediate deal`) stays as written.
 */

// Block markers that only count at the start of a paragraph.
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|>|[-+*=_~`|](?=\s|$|[-+*=_~`|]))/;
const ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/;
// Inline: backslash before punctuation, HTML and autolinks, emphasis, code, strikethrough.
const INLINE = /[\\<*_`~]/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const LINK_CLOSE = /\](?=[([:])/g;

function escapeInline(text: string): string {
  return text
    .replace(INLINE, (character, offset: number, whole: string) => {
      // An underscore inside a word never opens emphasis: leave `snake_case` alone.
      if (character === '_' && /\w/.test(whole[offset - 1] ?? '') && /\w/.test(whole[offset + 1] ?? '')) return character;
      return `\\${character}`;
    })
    .replace(ENTITY, '\\&')
    .replace(LINK_CLOSE, '\\]');
}

/** The paragraph as Markdown source that renders back to exactly this text. */
export function escapeMarkdown(paragraph: string): string {
  const escaped = escapeInline(paragraph);
  const ordered = ORDERED_ITEM.exec(escaped);
  if (ordered) return `${ordered[1]}\\${escaped.slice(ordered[1]?.length ?? 0)}`;
  if (BLOCK_START.test(escaped)) return `\\${escaped}`;
  return escaped;
}
