/**
 * The default story's topic definitions, read from `test/fixtures/default-story/content/topics/*.mdx` and
 * validated by the boundary's schema, for tests of the topics stage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { topicSchema } from '../../../src/boundary/editorial-schemas.ts';
import { contentPaths } from '../../../src/boundary/load-inputs.ts';
import type { TopicDefinition } from '../../../src/core/model.ts';
import { defaultStory } from '../../helpers/stories.ts';

const dir = contentPaths(defaultStory.content).topics;

/** Every topic definition, in `order`. */
export function loadTopicDefinitions(): TopicDefinition[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (front === undefined) throw new Error(`${name}: no front matter`);
      return topicSchema.parse(parse(front));
    })
    .sort((a, b) => a.order - b.order);
}
