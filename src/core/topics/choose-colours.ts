/**
 * Topic colours: the palette's names in the order topics without a colour take them, and the choice for each
 * topic. A topic keeps the colour its definition names; the others, in topic order, take the first colour no
 * topic has yet, and once all are taken go round the palette again by position.
 */
import type { TopicColour, TopicDefinition } from '../model.ts';

/** Every colour of the palette, in the order topics without one take them. */
export const TOPIC_COLOURS: readonly TopicColour[] = ['blue', 'rust', 'green', 'purple', 'teal', 'magenta', 'gold', 'slate'];

/** The colour of each topic, by id; `topics` in topic order. */
export function chooseColours(topics: readonly Pick<TopicDefinition, 'id' | 'colour'>[]): Map<string, TopicColour> {
  const taken = new Set(topics.flatMap((topic) => (topic.colour ? [topic.colour] : [])));
  const chosen = new Map<string, TopicColour>();
  topics.forEach((topic, position) => {
    const colour =
      topic.colour ?? TOPIC_COLOURS.find((candidate) => !taken.has(candidate)) ?? TOPIC_COLOURS[position % TOPIC_COLOURS.length] ?? 'blue';
    taken.add(colour);
    chosen.set(topic.id, colour);
  });
  return chosen;
}
