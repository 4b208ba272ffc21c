/** A story's participant register (the default story's unless told: `test/fixtures/default-story/content/participants.yaml`). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentPaths } from '../../../src/boundary/load-inputs.ts';
import type { RegistryEntry } from '../../../src/core/model.ts';
import type { StoryFolders } from '../../../src/story/story-folders.ts';
import { defaultStory } from '../../helpers/stories.ts';

/** Registry entries as the YAML file lists them. */
export function loadRegistry(story: StoryFolders = defaultStory): RegistryEntry[] {
  return parse(readFileSync(contentPaths(story.content).registry, 'utf8')) as RegistryEntry[];
}
