/** Every text run of a card's element tree, joined: what the fonts must be able to draw. */
import type { CardChild } from './h.ts';

/** The texts of `node` and its descendants, separated by line breaks. */
export function cardText(node: CardChild): string {
  if (typeof node === 'string') return node;
  const children = node.props.children;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children]).map(cardText).join('\n');
}
