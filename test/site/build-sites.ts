/**
 * Builds the sites the site tests inspect, once per test run, with the project's own commands: the default story
 * (from its fixture, whatever story the project holds) three ways, and the second story from a fresh copy of the
 * project through `new-story`, editorial data written, `ingest` and `build`, as a new user would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../helpers/copy-project.ts';
import { defaultStory, secondStory, secondStoryRaw } from '../helpers/stories.ts';
import {
  plusOneArticles,
  plusOneSite,
  projectRoot,
  rootSite,
  secondStoryProject,
  secondStorySite,
  secondStorySteps,
  subPathSite,
  type BuiltSite,
} from './sites.ts';

/** Runs a project script in `cwd`; throws with its output unless it succeeds. */
function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { stdout: string; ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} in ${cwd} failed:\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-3000)}`);
  return { stdout: result.stdout, ms: performance.now() - started };
}

function build(site: BuiltSite, articles = defaultStory.articles): void {
  rmSync(site.dir, { recursive: true, force: true });
  const { SITE_URL: _unset, ...env } = process.env;
  const result = run(projectRoot, ['scripts/build.ts', '--out', site.dir, '--articles', articles, '--content', defaultStory.content], {
    ...env,
    BASE_PATH: site.base,
    ...(site.siteUrl ? { SITE_URL: site.siteUrl } : {}),
  });
  writeFileSync(`${site.dir}.log`, result.stdout);
}

/** A fresh copy of the project, then the commands a new user runs, each timed. */
function makeSecondStory(): void {
  rmSync(secondStoryProject, { recursive: true, force: true });
  copyProject(secondStoryProject);
  const env = { ...process.env, BASE_PATH: '/', SITE_URL: secondStorySite.siteUrl ?? '' };
  const steps: { command: string; stdout: string; ms: number }[] = [];
  const step = (command: string, args: string[]) => steps.push({ command, ...run(secondStoryProject, args, env) });
  step('new-story', ['scripts/new-story.ts', 'The salmon duty dispute', '--yes']);
  // The editor writes the story's topics, register and places in place of the starter files.
  rmSync(join(secondStoryProject, 'src', 'content'), { recursive: true });
  cpSync(secondStory.content, join(secondStoryProject, 'src', 'content'), { recursive: true });
  step('ingest', ['scripts/ingest.ts', secondStoryRaw]);
  step('build', ['scripts/build.ts']);
  writeFileSync(secondStorySteps, JSON.stringify(steps, null, 2));
}

export default function setup(): void {
  build(rootSite);
  build(subPathSite);
  rmSync(plusOneArticles, { recursive: true, force: true });
  mkdirSync(plusOneArticles, { recursive: true });
  cpSync(defaultStory.articles, plusOneArticles, { recursive: true });
  cpSync(join(projectRoot, 'test', 'fixtures', 'sixth-article'), plusOneArticles, { recursive: true });
  build(plusOneSite, plusOneArticles);
  makeSecondStory();
}
