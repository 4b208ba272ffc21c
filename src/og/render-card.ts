/** One card's content in, its PNG bytes out: the template, then the rasteriser. */
import type { CardContent } from './card-content.ts';
import { cardElement } from './template/card-element.ts';
import { rasterise } from './rasterise.ts';

/** Renders a card to PNG. */
export function renderCard(content: CardContent): Promise<Uint8Array> {
  return rasterise(cardElement(content));
}
