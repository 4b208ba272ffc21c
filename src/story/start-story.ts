/**
 * Starts a new story in a project: removes its articles and editorial data and writes the starter files
 * (`starter-files.ts`). What `npm run new-story` does once the editor has agreed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { starterFiles } from './starter-files.ts';
import { PROJECT_STORY } from './story-folders.ts';

/** Replaces the story of the project at `root` with an empty one called `title`; returns the files written. */
export function startStory(root: string, title: string, description?: string): string[] {
  const articles = resolve(root, PROJECT_STORY.articles);
  const content = resolve(root, PROJECT_STORY.content);
  rmSync(articles, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  // Git keeps no empty folder, and a build needs the articles folder.
  writeFileSync(join(articles, '.gitkeep'), '');
  const written: string[] = [];
  for (const [path, text] of Object.entries(starterFiles(title, description))) {
    const file = join(content, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(`${PROJECT_STORY.content}/${path}`);
  }
  return written;
}
