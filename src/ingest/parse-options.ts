/**
 * The ingest command line: `ingest <file|folder|URL...> [--outlet NAME] [--published YYYY-MM-DD] [--url URL]
 * [--wire NAME] [--dateline X] [--force] [--out DIR] [--show-removed] [--timeout SECONDS]`. Flags are checked
 * here, before any input is read, and each problem is one message that names the flag.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../boundary/article-schema.ts';
import { DEFAULT_TIMEOUT_SECONDS } from './fetch/fetch-page.ts';
import { IngestError } from './ingest-error.ts';
import type { ArticleFields } from './sources/source-article.ts';
import { cleanLine } from './strip-invisible.ts';

/** Usage line shown with argument errors and at the top of `--help`. */
export const USAGE =
  'usage: npm run ingest -- <file|folder|URL...> [--outlet "NAME"] [--published YYYY-MM-DD] [--url URL] [--wire NAME] [--dateline X] [--force] [--out DIR] [--show-removed] [--timeout SECONDS]';

/** A parsed, checked command line. */
export interface IngestOptions {
  /** Inputs as given: files, folders, web addresses. */
  inputs: string[];
  /** Metadata given by flags (`outlet`, `published`, `url`, `wire`, `dateline`). */
  flags: ArticleFields;
  /** Overwrite existing articles and write duplicates anyway. */
  force: boolean;
  /** Folder to write into. */
  out: string;
  /** Print every removed line with its reason. */
  showRemoved: boolean;
  /** Time limit for fetching one page, in milliseconds. */
  timeoutMs: number;
  /** Print usage and stop. */
  help: boolean;
}

/** True for an absolute http or https address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Trims a flag value; an empty value is an error that names the flag. */
function textFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = cleanLine(value);
  if (text === '') throw new IngestError(`--${name} is empty`);
  return text;
}

/** Parses `argv` (without `node` and the script); throws `IngestError` on any problem. */
export function parseOptions(argv: readonly string[]): IngestOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        outlet: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        wire: { type: 'string' },
        dateline: { type: 'string' },
        force: { type: 'boolean', default: false },
        out: { type: 'string', default: 'articles' },
        'show-removed': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new IngestError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const options: IngestOptions = {
    inputs: positionals,
    flags: {},
    force: values.force,
    out: values.out,
    help: values.help,
    showRemoved: values['show-removed'],
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  };
  if (options.help) return options;
  if (positionals.length === 0) throw new IngestError(`no inputs (give files, folders or web addresses)\n${USAGE}`);
  const timeout = textFlag('timeout', values.timeout);
  if (timeout !== undefined) {
    const seconds = Number(timeout);
    if (!/^\d+(?:\.\d+)?$/.test(timeout) || seconds < 0.1 || seconds > 600)
      throw new IngestError(`--timeout must be a number of seconds from 0.1 to 600, got "${timeout}"`);
    options.timeoutMs = seconds * 1000;
  }

  const published = textFlag('published', values.published);
  if (published !== undefined && !isCalendarDate(published)) {
    throw new IngestError(`--published must be a real date written YYYY-MM-DD, got "${published}"`);
  }
  const url = textFlag('url', values.url);
  if (url !== undefined && !isWebAddress(url)) throw new IngestError(`--url must be an http or https address, got "${url}"`);
  const outlet = textFlag('outlet', values.outlet);
  const wire = textFlag('wire', values.wire);
  const dateline = textFlag('dateline', values.dateline)?.replace(/\s*[:\-\u2013\u2014]$/, '');
  if (textFlag('out', values.out) === undefined) throw new IngestError('--out is empty');

  const flags: ArticleFields = {};
  if (outlet !== undefined) flags.outlet = outlet;
  if (published !== undefined) flags.published = published;
  if (url !== undefined) flags.url = url;
  if (wire !== undefined) flags.wire = wire;
  if (dateline !== undefined) flags.dateline = dateline;
  return { ...options, flags };
}
