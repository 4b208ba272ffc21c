/**
 * The command line of every project script, read with `node:util`'s `parseArgs`: `--help` (or `-h`) prints
 * the script's usage and exits 0; an unknown flag, a missing value or a stray argument prints one line saying
 * what is wrong, then the usage, and exits 2, never with a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit status of a command line that cannot be read. */
export const USAGE_ERROR = 2;

/** What `parseArgs` returns for `config`. */
export type CommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** Says what is wrong with the command line, then how to use it, and exits with `USAGE_ERROR`. */
export function usageError(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage.trimEnd()}\n`);
  process.exit(USAGE_ERROR);
}

/**
 * Reads `args` (default: this process's arguments) as `config` says, in strict mode. `--help` anywhere before a
 * `--` wins over every other argument, so it works even beside a mistake.
 */
export function parseCommandLine<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  usage: string,
  config: T,
  args = process.argv.slice(2),
): CommandLine<T> {
  const end = args.indexOf('--');
  const before = end === -1 ? args : args.slice(0, end);
  if (before.includes('--help') || before.includes('-h')) {
    process.stdout.write(`${usage.trimEnd()}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args, strict: true }) as CommandLine<T>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS_')) throw error;
    return usageError(usage, (error as Error).message.split('\n')[0] ?? 'cannot read the command line');
  }
}
