/**
 * `npm run cues -- TOPIC [--articles DIR] [--limit N]`: suggests cues for a topic from the articles: the words and
 * two-word phrases typical of the sentences the topic already files, with how often they occur in the topic and
 * elsewhere, and an example sentence each. It changes nothing: copy what fits into the topic file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInputErrors } from '../src/boundary/input-error.ts';
import { loadInputs } from '../src/boundary/load-inputs.ts';
import { analyze } from '../src/core/analyze.ts';
import { suggestCues } from '../src/core/topics/suggest-cues.ts';

const USAGE = 'usage: npm run cues -- TOPIC [--articles DIR] [--limit N]';
const root = resolve(import.meta.dirname, '..');

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      articles: { type: 'string', default: 'articles' },
      limit: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n\nSuggests cues for a topic from the articles, ranked by how typical they are of the sentences the topic\nalready files. Nothing is written: copy the terms you accept into src/content/topics/<TOPIC>.mdx.\n`);
  process.exit(0);
}
const topicId = positionals[0];
if (!topicId || positionals.length > 1) fail(USAGE, 2);
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit: expected a whole number above 0, got "${values.limit}"\n${USAGE}`, 2);

const { input, errors } = loadInputs(root, { articles: resolve(process.cwd(), values.articles) });
if (errors.length > 0) fail(`Fix these inputs first:\n${formatInputErrors(errors)}`);
const topic = input.topics.find((candidate) => candidate.id === topicId);
if (!topic) fail(`No topic "${topicId}". Topics: ${input.topics.map((candidate) => candidate.id).join(', ') || 'none'}.`);

const briefing = analyze(input);
const text = new Map(briefing.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
const suggestions = suggestCues(briefing, topic, limit);
if (suggestions.length === 0) {
  process.stdout.write(`No suggestions for "${topic.id}": too few sentences of the topic in two or more articles.\n`);
} else {
  process.stdout.write(`Candidate cues for "${topic.title}" (${topic.id}), most typical first. In topic / elsewhere = sentences.\n\n`);
  for (const suggestion of suggestions) {
    const example = text.get(suggestion.example) ?? '';
    process.stdout.write(`  ${suggestion.term.padEnd(28)} ${String(suggestion.inTopic).padStart(4)} / ${String(suggestion.elsewhere).padEnd(4)} ${suggestion.articles} articles\n`);
    process.stdout.write(`      e.g. ${example.length > 110 ? `${example.slice(0, 109)}…` : example}\n`);
  }
  process.stdout.write(`\nTo use one, add it to the topic's cues, e.g.  - { term: ${suggestions[0]!.term}, weight: 1 }\n`);
}
