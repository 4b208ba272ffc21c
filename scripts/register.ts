/**
 * `npm run register -- --list | --accept ID...`: shows the people the analysis found in the text but not
 * in `src/content/participants.yaml`, and appends the ones accepted. `--help` documents the options.
 */
import { resolve } from 'node:path';
import { runRegister } from '../src/register/run-register.ts';

const console = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = runRegister(process.argv.slice(2), console, resolve(import.meta.dirname, '..'), process.cwd());
