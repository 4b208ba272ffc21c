/**
 * The register command: `--list` shows the people the analysis found in the text who are not in the
 * participant register, with their mentions and roles; `--accept ID...` appends them to the register
 * file (comments and layout kept). Problems are one line each; nothing is written unless every id is
 * known.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseProject } from '../boundary/analyse-project.ts';
import { contentPaths, DEFAULT_CONTENT_DIR, DEFAULT_INPUT_PATHS, storyPaths } from '../boundary/load-inputs.ts';
import { appendEntries } from './append-entries.ts';
import { discoveredPeople, type DiscoveredPerson } from './discovered-people.ts';
import { REGISTER_HELP, REGISTER_USAGE } from './register-help.ts';

/** Where the command writes. */
export interface RegisterConsole {
  /** One report line. */
  out: (line: string) => void;
  /** One problem line. */
  err: (line: string) => void;
}

/** `Andriy Yermak (andriy-yermak): 12 mentions; roles: head of the presidential office; chief negotiator`. */
function describePerson(person: DiscoveredPerson): string {
  const roles = person.roles.length > 0 ? `; roles: ${person.roles.join('; ')}` : '; no role stated';
  return `  ${person.id}: ${person.name}, ${person.mentions} mention${person.mentions === 1 ? '' : 's'}${roles}`;
}

/** Runs the command over `argv` in the project at `root`; returns the exit code. */
export function runRegister(argv: readonly string[], io: RegisterConsole, root: string, cwd: string = root): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        list: { type: 'boolean', default: false },
        accept: { type: 'boolean', default: false },
        articles: { type: 'string', default: DEFAULT_INPUT_PATHS.articles },
        content: { type: 'string', default: DEFAULT_CONTENT_DIR },
        registry: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    io.err(REGISTER_USAGE);
    return 1;
  }
  const { values, positionals: ids } = parsed;
  if (values.help) {
    for (const line of [REGISTER_USAGE, ...REGISTER_HELP.split('\n')]) io.out(line);
    return 0;
  }
  if (values.list === values.accept) {
    io.err(`error: give --list or --accept ID...`);
    io.err(REGISTER_USAGE);
    return 1;
  }
  if (values.list && ids.length > 0) {
    io.err(`error: --list takes no ids (got ${ids.join(' ')})`);
    return 1;
  }
  if (values.accept && ids.length === 0) {
    io.err('error: --accept needs at least one id (npm run register -- --list shows them)');
    return 1;
  }

  const content = resolve(cwd, values.content);
  const registry = resolve(cwd, values.registry ?? contentPaths(values.content).registry);
  const relativePath = relative(cwd, registry);
  const shown = relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? registry : relativePath;
  const analysed = analyseProject(root, { ...storyPaths(resolve(cwd, values.articles), content), registry });
  if (!analysed.ok) {
    for (const line of analysed.report.split('\n')) io.err(line);
    return 1;
  }
  const people = discoveredPeople(analysed.briefing);

  if (values.list) {
    if (people.length === 0) io.out(`Everyone the text names is in ${shown}.`);
    else
      io.out(`${people.length} ${people.length === 1 ? 'person' : 'people'} found in the text but not in ${shown} (most mentioned first):`);
    for (const person of people) io.out(describePerson(person));
    return 0;
  }

  const byId = new Map(people.map((person) => [person.id, person]));
  const registered = new Set(analysed.input.registry.map((entry) => entry.id));
  const wanted = [...new Set(ids)];
  const problems = wanted.flatMap((id) =>
    byId.has(id)
      ? []
      : [
          registered.has(id)
            ? `error: ${id} is already in ${shown}`
            : `error: no discovered person has the id "${id}" (npm run register -- --list shows them)`,
        ],
  );
  if (problems.length > 0) {
    for (const line of problems) io.err(line);
    return 1;
  }
  const chosen = wanted.map((id) => byId.get(id)).filter((person): person is DiscoveredPerson => person !== undefined);
  let text: string;
  try {
    text = appendEntries(readFileSync(registry, 'utf8'), chosen);
  } catch (error) {
    io.err(`error: ${shown}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const partial = `${registry}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, registry);
  for (const person of chosen) io.out(`added ${person.id} (${person.name}) to ${shown}`);
  io.out('Complete their affiliation and aliases there if you know them; the next build treats them as registered.');
  return 0;
}
