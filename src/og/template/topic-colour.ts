/**
 * A topic's colour on a card: the light-scheme value of its palette colour (`src/site/topic-palette.ts`, the
 * same as the site's stylesheet), or the accent colour for a card with no topic colour.
 */
import type { TopicColour } from '../../core/model.ts';
import { TOPIC_PALETTE } from '../../site/topic-palette.ts';
import { COLOURS } from './theme.ts';

/** The colour to draw, as a CSS hex value. */
export function topicColour(colour: TopicColour | null): string {
  return colour === null ? COLOURS.accent : TOPIC_PALETTE[colour].light;
}
