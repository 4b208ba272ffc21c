/** What a project's story holds, in a line, so a command can say what it is about to replace. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_STORY } from './story-folders.ts';

/** Files directly in `dir` whose names end in one of `endings`; none when it does not exist. */
function countFiles(dir: string, endings: readonly string[]): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).filter(
    (entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)),
  ).length;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `5 articles in articles/ and 4 topics with the rest of the editorial data in src/content/`. */
export function describeStory(root: string): string {
  const articles = countFiles(resolve(root, PROJECT_STORY.articles), ['.md', '.mdx']);
  const topics = countFiles(join(resolve(root, PROJECT_STORY.content), 'topics'), ['.md', '.mdx']);
  return `${plural(articles, 'article')} in ${PROJECT_STORY.articles}/ and ${plural(topics, 'topic')} with the rest of the editorial data in ${PROJECT_STORY.content}/`;
}
