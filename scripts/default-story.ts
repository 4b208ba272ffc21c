/**
 * `npm run default-story -- [--yes]`: brings back the default story, what a fresh clone builds: the articles
 * and editorial data folders become copies of the ones kept under `test/fixtures/default-story/` (after asking).
 */
import { resolve } from 'node:path';
import { parseCommandLine } from '../src/cli/parse-command-line.ts';
import { confirm } from '../src/story/confirm.ts';
import { describeStory } from '../src/story/describe-story.ts';
import { installStory } from '../src/story/install-story.ts';
import { DEFAULT_STORY, PROJECT_STORY } from '../src/story/story-folders.ts';

const USAGE = `Usage: npm run default-story -- [--yes]

Brings back the default story, what a fresh clone builds: ${PROJECT_STORY.articles}/ and ${PROJECT_STORY.content}/ become copies of
${DEFAULT_STORY.articles}/ and ${DEFAULT_STORY.content}/, whatever they held. Asks first.

Options:
  -y, --yes   replace without asking
  -h, --help  show this help`;

const { values } = parseCommandLine(USAGE, { options: { yes: { type: 'boolean', short: 'y', default: false } } });

const root = resolve(import.meta.dirname, '..');
if (!values.yes && !(await confirm(`This replaces ${describeStory(root)} with the default story. Go ahead? [y/N] `))) {
  process.stderr.write('Nothing changed (pass --yes to replace without being asked).\n');
  process.exit(1);
}
installStory(root, DEFAULT_STORY);
process.stdout.write(`${PROJECT_STORY.articles}/ and ${PROJECT_STORY.content}/ hold the default story again: npm run build builds it.\n`);
