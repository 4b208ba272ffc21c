/**
 * The project's own set-up agrees with itself: one Node version in `.nvmrc`, `engines`, the `node` package the
 * project installs and the README; Astro's telemetry off in every script that starts Astro; the licence stated
 * once in LICENSE and once in package.json.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  license: string;
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string } };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
const nvmrc = read('.nvmrc').trim();

describe('the Node version', () => {
  it.each([
    ['engines.node', pkg.engines.node],
    ['the node devDependency', pkg.devDependencies.node],
  ])('%s is the version in .nvmrc or newer within its major', (_, range) => {
    expect(range).toBe(`^${nvmrc}`);
  });

  it('is the version of the node package the lockfile installs', () => {
    expect(lock.packages['node_modules/node']?.version).toBe(nvmrc);
  });

  it('is the one the README names, beside the Node that npm itself may run on', () => {
    expect(read('README.md')).toContain(`Node.js ${nvmrc.split('.')[0]}`);
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: '>=20.17.0', onFail: 'error' });
    expect(read('README.md')).toContain('20.17');
  });
});

describe('Astro telemetry', () => {
  const astroScripts = Object.entries(pkg.scripts).filter(([, command]) => /(^|&& |\s)astro /.test(command));

  it.each(astroScripts)('is off in npm run %s', (_, command) => {
    for (const part of command.split('&&').filter((step) => /\bastro /.test(step)))
      expect(part).toMatch(/ASTRO_TELEMETRY_DISABLED=1 astro /);
  });

  it('is off in the build, which starts Astro itself, and in astro.config.mjs for a plain npx astro', () => {
    expect(pkg.scripts.build).toBe('node scripts/build.ts');
    expect(read('scripts/build.ts')).toContain("ASTRO_TELEMETRY_DISABLED: '1'");
    expect(read('astro.config.mjs')).toContain("process.env.ASTRO_TELEMETRY_DISABLED = '1'");
  });
});

describe('the licence', () => {
  it('is MIT, in LICENSE and package.json', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Dossier contributors\n/);
  });
});
