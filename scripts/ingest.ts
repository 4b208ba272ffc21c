/**
 * `npm run ingest -- <file|folder|URL...> [--outlet "NAME"] [--published YYYY-MM-DD] [...]`: turns saved or
 * fetched articles (.txt, .md, .html, web pages) into `articles/<slug>.md`. `--help` documents every option.
 */
import { runIngest } from '../src/ingest/run-ingest.ts';

const console = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = await runIngest(process.argv.slice(2), console, process.cwd());
