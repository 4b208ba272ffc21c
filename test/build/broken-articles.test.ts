import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStory } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build over broken articles', () => {
  const out = join(scratch, 'dist');
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    result = spawnSync(
      process.execPath,
      ['scripts/build.ts', '--articles', 'test/fixtures/broken-articles', '--content', defaultStory.content, '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  });

  it('fails with a non-zero exit and writes nothing', () => {
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('names every bad file, with line and field, in one report', () => {
    const lines = result.stderr.split('\n');
    expect(lines).toContain('  test/fixtures/broken-articles/2025-08-16-bad-date.md:4 published: expected YYYY-MM-DD, got "yesterday"');
    expect(lines).toContain('  test/fixtures/broken-articles/2025-08-17-missing-outlet.md:1 outlet: required');
    expect(lines).toContain(
      '  test/fixtures/broken-articles/2025-08-17-missing-outlet.md:4 url: expected an http or https address, got "javascript:alert(1)"',
    );
    expect(result.stderr).toMatch(/test\/fixtures\/broken-articles\/2025-08-14-unquoted-colon\.md:2:\d+ YAML syntax: /);
    expect(result.stderr).toContain('4 problems in 3 input files:');
    expect(result.stderr).not.toContain('2025-08-15-good.md');
  });

  it('shows no stack trace', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
