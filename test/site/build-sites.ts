/** Builds the sites the site tests inspect, once per test run, with the project's own build command. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { projectRoot, rootSite, subPathSite, type BuiltSite } from './sites.ts';

function build(site: BuiltSite): void {
  rmSync(site.dir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', site.dir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: site.base, SITE_URL: site.siteUrl },
  });
  if (result.status !== 0) throw new Error(`building ${site.dir} failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(): void {
  build(rootSite);
  build(subPathSite);
}
