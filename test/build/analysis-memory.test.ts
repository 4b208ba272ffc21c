/**
 * The build bounds the analysis's heap so that it and Astro, running side by side, stay small; an analysis
 * that needs more than the bound is run again without one rather than failing the build.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStory } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-heap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build whose analysis outgrows its heap bound', () => {
  const out = join(scratch, 'dist');
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    // --force: an analysis kept from an earlier build of the same articles would otherwise be reused, not run.
    result = spawnSync(
      process.execPath,
      ['scripts/build.ts', '--articles', defaultStory.articles, '--content', defaultStory.content, '--out', out, '--force'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DOSSIER_ANALYSIS_HEAP_MB: '8' },
      },
    );
  });

  it('says so, runs the analysis again unbounded and succeeds', () => {
    expect(result.stderr).toContain('The analysis needed more memory than its usual bound; running it again without one.');
    expect(result.status).toBe(0);
  });

  it('publishes the same briefing as any other build', () => {
    expect(readFileSync(join(out, 'briefing.json'), 'utf8')).toBe(
      readFileSync(join(root, 'test', 'golden', 'seeds-briefing.json'), 'utf8'),
    );
  });
});
