import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStory } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'eval.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });

describe('npm run eval', () => {
  it('scores the default story against the seed annotation as JSON', () => {
    const out = run('test/fixtures/gold_seeds.json', '--articles', defaultStory.articles, '--content', defaultStory.content, '--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.articles.pairs).toHaveLength(5);
    expect(report.topics.main.macroF1).toBeGreaterThanOrEqual(0.92);
  });

  it('prints a readable report for an empty articles folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
    try {
      const out = run('test/fixtures/gold_seeds.json', '--articles', empty, '--content', defaultStory.content);
      expect(out.status).toBe(0);
      expect(out.stdout).toContain('Articles: 0 of 5 gold articles matched');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.each<[string[], number, RegExp]>([
    [[], 2, /Usage: npm run eval/],
    [['no-such-file.json'], 1, /Cannot read the gold file/],
  ])('fails with a message for %j', (args, status, message) => {
    const out = run(...args);
    expect(out.status).toBe(status);
    expect(out.stderr).toMatch(message);
  });
});
