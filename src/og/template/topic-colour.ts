/**
 * Topic colours, the same as the `--t-<id>` variables of the site's stylesheet (light scheme).
 * A topic an editor adds later without a colour gets the accent colour.
 */
import { COLOURS } from './theme.ts';

/** Colours by topic id, copied from `src/styles/global.css`. */
const TOPIC_COLOURS: Readonly<Record<string, string>> = {
  guarantees: '#1d4ed8',
  territory: '#9a3412',
  'ceasefire-vs-peace-deal': '#15803d',
  participants: '#7e22ce',
};

/** The colour of a topic, or the accent colour when the topic has none. */
export function topicColour(id: string): string {
  return Object.hasOwn(TOPIC_COLOURS, id) ? (TOPIC_COLOURS[id] ?? COLOURS.accent) : COLOURS.accent;
}
