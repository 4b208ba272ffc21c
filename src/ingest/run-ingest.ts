/**
 * The ingest command: parses the command line, lists the inputs (files, folders, web addresses) and
 * ingests each in turn, reporting every article written with where its fields came from and what cleaning
 * removed. Problems are one line each on the error stream, never a stack trace; the exit code is 1 when
 * any input failed.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { describeRemovals, listRemovals } from './describe-removals.ts';
import { HELP_TEXT } from './help-text.ts';
import { IngestError } from './ingest-error.ts';
import { listInputs } from './list-inputs.ts';
import { USAGE, parseOptions, type IngestOptions } from './parse-options.ts';
import { readInput } from './read-input.ts';
import { FIELD_ORDER } from './resolve-fields.ts';
import { writeArticle, type IngestOutcome } from './write-article.ts';

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

/** The report lines of one article written. */
function reportLines(
  outcome: IngestOutcome,
  shown: string,
  fetchedBytes: number | null,
  show: (path: string) => string,
  options: IngestOptions,
): string[] {
  const { paragraphs, removed, sources } = outcome.article;
  const fetched = fetchedBytes === null ? '' : `, fetched ${Math.ceil(fetchedBytes / 1024)} KB`;
  const fields = FIELD_ORDER.filter((field) => sources[field] !== undefined).map((field) => `${field} from ${sources[field]}`);
  return [
    `${outcome.replaced ? 'replaced' : 'wrote'} ${show(outcome.path)} from ${shown} (${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${fetched})`,
    `  fields: ${fields.join(', ')}`,
    `  removed: ${describeRemovals(removed)}`,
    ...(options.showRemoved ? listRemovals(removed).map((line) => `    ${line}`) : []),
  ];
}

/** Runs the command over `argv` (arguments after the script name); resolves to the exit code. */
export async function runIngest(argv: readonly string[], io: IngestConsole, cwd: string): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    for (const line of describeError(error).split('\n')) io.err(line.startsWith('usage:') ? line : `error: ${line}`);
    return 1;
  }
  if (options.help) {
    io.out(USAGE);
    for (const line of HELP_TEXT.split('\n')) io.out(line);
    return 0;
  }
  const show = (path: string) => {
    const relativePath = relative(cwd, resolve(cwd, path));
    return relativePath.startsWith('..') || isAbsolute(relativePath) ? resolve(cwd, path) : relativePath;
  };
  const out = resolve(cwd, options.out);
  let failed = false;
  for (const input of listInputs(options.inputs, cwd)) {
    try {
      if (input.kind === 'problem') throw new IngestError(input.message);
      const { source, fetchedBytes } = await readInput(input, options.timeoutMs);
      const outcome = writeArticle(source, { ...options, out }, show);
      for (const warning of outcome.warnings) io.err(`warning: ${input.shown}: ${warning}`);
      for (const line of reportLines(outcome, input.shown, fetchedBytes, show, options)) io.out(line);
    } catch (error) {
      failed = true;
      io.err(`error: ${input.shown}: ${describeError(error)}`);
    }
  }
  return failed ? 1 : 0;
}
