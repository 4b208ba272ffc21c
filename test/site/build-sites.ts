/** Builds the sites the site tests inspect, once per test run, with the project's own build command. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plusOneArticles, plusOneSite, projectRoot, rootSite, subPathSite, type BuiltSite } from './sites.ts';

function build(site: BuiltSite, articles = 'articles'): void {
  rmSync(site.dir, { recursive: true, force: true });
  const { SITE_URL: _unset, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', site.dir, '--articles', articles], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...env, BASE_PATH: site.base, ...(site.siteUrl ? { SITE_URL: site.siteUrl } : {}) },
  });
  if (result.status !== 0) throw new Error(`building ${site.dir} failed:\n${result.stderr.slice(-3000)}\n${result.stdout.slice(-3000)}`);
  writeFileSync(`${site.dir}.log`, result.stdout);
}

export default function setup(): void {
  build(rootSite);
  build(subPathSite);
  rmSync(plusOneArticles, { recursive: true, force: true });
  mkdirSync(plusOneArticles, { recursive: true });
  cpSync(join(projectRoot, 'articles'), plusOneArticles, { recursive: true });
  cpSync(join(projectRoot, 'test', 'fixtures', 'sixth-article'), plusOneArticles, { recursive: true });
  build(plusOneSite, plusOneArticles);
}
