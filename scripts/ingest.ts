/**
 * `npm run ingest -- <file...> --outlet "NAME" --published YYYY-MM-DD [--url URL] [--wire NAME]
 * [--dateline X] [--force] [--out DIR]`: turns saved articles (.txt, .md, .html) into `articles/<slug>.md`.
 */
import { runIngest } from '../src/ingest/run-ingest.ts';

const console = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = runIngest(process.argv.slice(2), console, process.cwd());
