/**
 * The stories the tests read, kept under `test/fixtures/` so that a user's own story in `articles/` and
 * `src/content/` never changes what a test sees: the default story (what a fresh clone builds, the source of
 * `npm run default-story`) and a second story of another kind, a trade dispute written for the tests.
 */
import { join } from 'node:path';
import { storyPaths, type InputPaths } from '../../src/boundary/load-inputs.ts';
import type { StoryFolders } from '../../src/story/story-folders.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** The default story: the seed articles as ingested, and their editorial data. */
export const defaultStory: StoryFolders = {
  articles: join(fixtures, 'default-story', 'articles'),
  content: join(fixtures, 'default-story', 'content'),
};

/** The second story: six short articles on a fictional trade dispute, its topics, register and places. */
export const secondStory: StoryFolders = {
  articles: join(fixtures, 'second-story', 'articles'),
  content: join(fixtures, 'second-story', 'content'),
};

/** The raw inputs the second story's articles are ingested from (`.md` files with front matter and a saved page). */
export const secondStoryRaw = join(fixtures, 'second-story', 'raw');

/** A story's folders as the boundary's input paths. */
export function storyInputs(story: StoryFolders): Partial<InputPaths> {
  return storyPaths(story.articles, story.content);
}
