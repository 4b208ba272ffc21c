/**
 * `npm run new-story -- "TITLE" [--description TEXT] [--yes]`: starts a new story in this project: removes the
 * articles and the editorial data (after asking), writes the starter files and prints the next steps.
 */
import { resolve } from 'node:path';
import { parseCommandLine, usageError } from '../src/cli/parse-command-line.ts';
import { confirm } from '../src/story/confirm.ts';
import { describeStory } from '../src/story/describe-story.ts';
import { startStory } from '../src/story/start-story.ts';
import { EXAMPLE_TOPIC } from '../src/story/starter-files.ts';
import { PROJECT_STORY } from '../src/story/story-folders.ts';

const USAGE = `Usage: npm run new-story -- "TITLE" [--description TEXT] [--yes]

Starts a new story: removes the articles in ${PROJECT_STORY.articles}/ and the editorial data in ${PROJECT_STORY.content}/ (topics,
participant register, places, briefing settings), then writes a briefing.yaml titled TITLE, an empty
register, an empty places.yaml and an example topic whose comments explain every field. Asks first.
npm run default-story brings the default story back.

Options:
  --description TEXT  the briefing's description in feeds and meta tags (default: made from TITLE)
  -y, --yes           start without asking
  -h, --help          show this help`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: { description: { type: 'string' }, yes: { type: 'boolean', short: 'y', default: false } },
});
const title = positionals.join(' ').replace(/\s+/g, ' ').trim();
if (title === '') usageError(USAGE, 'missing the title of the story');
if (values.description !== undefined && values.description.trim() === '') usageError(USAGE, '--description: the description is empty');

const root = resolve(import.meta.dirname, '..');
if (!values.yes && !(await confirm(`This removes ${describeStory(root)}, and starts "${title}". Go ahead? [y/N] `))) {
  process.stderr.write('Nothing changed (pass --yes to start without being asked).\n');
  process.exit(1);
}
const written = startStory(root, title, values.description?.trim());
const topic = `${PROJECT_STORY.content}/topics/${EXAMPLE_TOPIC}.mdx`;
process.stdout.write(`Started "${title}": ${PROJECT_STORY.articles}/ is empty; wrote ${written.join(', ')}.

Next:
  1. Add articles:  npm run ingest -- FILE|FOLDER|URL...   (saved pages, .txt and .md files, web addresses;
                    --outlet and --published when a file does not say; --help lists every option)
  2. Say what matters: edit ${topic} and copy it for each question the briefing answers
                    (npm run cues -- ${EXAMPLE_TOPIC} suggests cues); npm run register -- --list shows the people found
  3. Build and look: npm run build && npm run preview, then open http://localhost:4321/

npm run default-story brings the default story back.
`);
