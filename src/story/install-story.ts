/**
 * Puts a story into a project: its articles folder and editorial data folder become copies of the story's,
 * whatever they held before. What `npm run default-story` does, and how tests and the benchmark give a copy
 * of the project a known story.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_STORY, type StoryFolders } from './story-folders.ts';

/** Replaces the story of the project at `root` with copies of `story`'s folders (absolute, or relative to `root`). */
export function installStory(root: string, story: StoryFolders): void {
  const targets = [resolve(root, PROJECT_STORY.articles), resolve(root, PROJECT_STORY.content)];
  const sources = [resolve(root, story.articles), resolve(root, story.content)];
  // Both copied aside before anything is removed, so a story can come from anywhere, even from inside the project.
  const staging = mkdtempSync(join(tmpdir(), 'dossier-story-'));
  try {
    sources.forEach((source, index) => cpSync(source, join(staging, String(index)), { recursive: true }));
    targets.forEach((target, index) => {
      rmSync(target, { recursive: true, force: true });
      cpSync(join(staging, String(index)), target, { recursive: true });
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
