/**
 * The ingest command: parses the command line, ingests each input in turn and reports one line per file
 * (`wrote articles/x.md (12 paragraphs; removed: headline repeat, dateline WASHINGTON)`). Problems are one
 * line each on the error stream, never a stack trace; the exit code is 1 when any input failed.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { describeRemovals } from './describe-removals.ts';
import { IngestError } from './ingest-error.ts';
import { ingestFile } from './ingest-file.ts';
import { USAGE, parseOptions } from './parse-options.ts';

/** Where the command writes its report. */
export interface IngestConsole {
  /** One report line. */
  out: (line: string) => void;
  /** One problem line. */
  err: (line: string) => void;
}

function describeError(error: unknown): string {
  return error instanceof IngestError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs the command over `argv` (arguments after the script name); returns the exit code. */
export function runIngest(argv: readonly string[], io: IngestConsole, cwd: string): number {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    for (const line of describeError(error).split('\n')) io.err(line.startsWith('usage:') ? line : `error: ${line}`);
    return 1;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  const show = (path: string) => {
    const relativePath = relative(cwd, resolve(cwd, path));
    return relativePath.startsWith('..') || isAbsolute(relativePath) ? resolve(cwd, path) : relativePath;
  };
  const out = resolve(cwd, options.out);
  let failed = false;
  for (const input of options.inputs) {
    try {
      const outcome = ingestFile(resolve(cwd, input), { ...options, out }, show);
      for (const warning of outcome.warnings) io.err(`warning: ${input}: ${warning}`);
      const { paragraphs, removed } = outcome.article;
      const verb = outcome.replaced ? 'replaced' : 'wrote';
      io.out(`${verb} ${show(outcome.path)} (${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}; removed: ${describeRemovals(removed)})`);
    } catch (error) {
      failed = true;
      io.err(`error: ${input}: ${describeError(error)}`);
    }
  }
  return failed ? 1 : 0;
}
