/**
 * Where a project keeps its story, and where the default story is kept for `npm run default-story` and the
 * tests: a story is an articles folder and an editorial data folder (topics, register, places, settings).
 */
import { DEFAULT_CONTENT_DIR, DEFAULT_INPUT_PATHS } from '../boundary/load-inputs.ts';

/** A story's two folders. */
export interface StoryFolders {
  /** Articles folder. */
  articles: string;
  /** Editorial data folder, laid out like `src/content` (`topics/`, `participants.yaml`, `places.yaml`, `briefing.yaml`). */
  content: string;
}

/** The story a project builds, relative to its root. */
export const PROJECT_STORY: StoryFolders = { articles: DEFAULT_INPUT_PATHS.articles, content: DEFAULT_CONTENT_DIR };

/** The default story, what a fresh clone builds, kept apart from the project's own story, relative to its root. */
export const DEFAULT_STORY: StoryFolders = {
  articles: 'test/fixtures/default-story/articles',
  content: 'test/fixtures/default-story/content',
};
