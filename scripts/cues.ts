/**
 * `npm run cues -- TOPIC [--articles DIR] [--content DIR] [--limit N]`: suggests cues for a topic from the articles: the words and
 * two-word phrases typical of the sentences the topic already files, with how often they occur in the topic and
 * elsewhere, and an example sentence each. It changes nothing: copy what fits into the topic file.
 */
import { resolve } from 'node:path';
import { analyseProject } from '../src/boundary/analyse-project.ts';
import { storyPaths } from '../src/boundary/load-inputs.ts';
import { parseCommandLine, usageError } from '../src/cli/parse-command-line.ts';
import { suggestCues } from '../src/core/topics/suggest-cues.ts';

const USAGE = `Usage: npm run cues -- TOPIC [--articles DIR] [--content DIR] [--limit N]

Suggests cues for a topic from the articles: the words and two-word phrases typical of the sentences the topic
already files and rare elsewhere, ranked, with counts and an example sentence each. Nothing is written: copy the
terms you accept into src/content/topics/<TOPIC>.mdx (docs/topics.md explains cues).

Options:
  --articles DIR  articles folder (default: articles)
  --content DIR   editorial data folder: topics/, participants.yaml, places.yaml, briefing.yaml (default: src/content)
  --limit N       how many suggestions (default: 20)
  -h, --help      show this help`;
const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: 'articles' },
    content: { type: 'string' },
    limit: { type: 'string', default: '20' },
  },
});
const [topicId, ...extra] = positionals;
if (!topicId) usageError(USAGE, 'missing the topic id');
if (extra.length > 0) usageError(USAGE, `one topic, not ${positionals.length}`);
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) usageError(USAGE, `--limit: expected a whole number above 0, got "${values.limit}"`);

const paths = storyPaths(resolve(process.cwd(), values.articles), values.content && resolve(process.cwd(), values.content));
const analysed = analyseProject(root, paths);
if (!analysed.ok) fail(`Fix these inputs first:\n${analysed.report}`);
const { briefing } = analysed;
const { topics } = analysed.input;
const topic = topics.find((candidate) => candidate.id === topicId);
if (!topic) fail(`No topic "${topicId}". Topics: ${topics.map((candidate) => candidate.id).join(', ') || 'none'}.`);

const text = new Map(briefing.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
const suggestions = suggestCues(briefing, topic, limit);
if (suggestions.length === 0) {
  process.stdout.write(`No suggestions for "${topic.id}": too few sentences of the topic in two or more articles.\n`);
} else {
  process.stdout.write(`Candidate cues for "${topic.title}" (${topic.id}), most typical first. In topic / elsewhere = sentences.\n\n`);
  for (const suggestion of suggestions) {
    const example = text.get(suggestion.example) ?? '';
    process.stdout.write(
      `  ${suggestion.term.padEnd(28)} ${String(suggestion.inTopic).padStart(4)} / ${String(suggestion.elsewhere).padEnd(4)} ${suggestion.articles} articles\n`,
    );
    process.stdout.write(`      e.g. ${example.length > 110 ? `${example.slice(0, 109)}…` : example}\n`);
  }
  process.stdout.write(`\nTo use one, add it to the topic's cues, e.g.  - { term: ${suggestions[0]!.term}, weight: 1 }\n`);
}
