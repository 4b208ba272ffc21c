/**
 * The ids of the model, in one place: every sentence, quote, event and figure is `<article id>#<kind>-<n>`, with
 * `n` counted from 1 within its article, and a sentence's part after `#` is also its anchor on the source page.
 */

/** The kinds of numbered things an article holds: sentences, quotes, events and figures. */
export type IdKind = 's' | 'q' | 'e' | 'f';

/** The id of the `n`th (1-based) thing of `kind` in article `article` (`x#s-3`). */
export function itemId(article: string, kind: IdKind, n: number): string {
  return `${article}#${kind}-${n}`;
}

/** The article an id belongs to (`x` for `x#s-3`); an id with no `#` is an article id already. */
export function articleOf(id: string): string {
  const at = id.indexOf('#');
  return at < 0 ? id : id.slice(0, at);
}

/** The part of an id after `#` (`s-3` for `x#s-3`): a sentence's anchor on its source page; empty when there is none. */
export function anchorOf(id: string): string {
  const at = id.indexOf('#');
  return at < 0 ? '' : id.slice(at + 1);
}
