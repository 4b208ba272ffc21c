/**
 * Every command explains itself: `--help` prints its usage and exits 0; an unknown flag gets one line saying
 * so, then the usage, and exits 1 or 2, never with a stack trace. Nothing is built, analysed or written.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

/** Each command: how npm runs it, the script, and how its usage line begins. */
const commands: [name: string, script: string, usage: RegExp][] = [
  ['build', 'scripts/build.ts', /^Usage: npm run build -- /],
  ['analyze', 'scripts/analyze.ts', /^Usage: npm run analyze -- /],
  ['eval', 'scripts/eval.ts', /^Usage: npm run eval -- /],
  ['eval:dev', 'scripts/eval-dev.ts', /^Usage: npm run eval:dev -- /],
  ['cues', 'scripts/cues.ts', /^Usage: npm run cues -- /],
  ['register', 'scripts/register.ts', /^usage: npm run register -- /],
  ['new-story', 'scripts/new-story.ts', /^Usage: npm run new-story -- /],
  ['default-story', 'scripts/default-story.ts', /^Usage: npm run default-story -- /],
  ['test:blank', 'scripts/test-blank-story.ts', /^Usage: npm run test:blank -- /],
  ['ingest', 'scripts/ingest.ts', /^usage: npm run ingest -- /],
  ['bench', 'scripts/bench/run.ts', /^Usage: npm run bench -- /],
  ['screenshots', 'scripts/screenshots.ts', /^Usage: npm run screenshots -- /],
  ['share-card benchmark', 'scripts/bench/bench-og.ts', /^Usage: npm exec -- node scripts\/bench\/bench-og\.ts /],
  ['benchmark corpus', 'scripts/bench/generate-corpus.ts', /^Usage: npm exec -- node scripts\/bench\/generate-corpus\.ts /],
  ['the build step that analyses', 'src/integration/prepare-briefing.ts', /^Usage: node src\/integration\/prepare-briefing\.ts /],
];

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe.each(commands)('%s (%s)', (_name, script, usage) => {
  it.each(['--help', '-h'])('prints its usage for %s and exits 0', (flag) => {
    const result = run(script, flag);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(usage);
    expect(result.stderr).toBe('');
  });

  it('says what is wrong with an unknown flag in one line, then the usage, and exits 1 or 2', () => {
    const result = run(script, '--no-such-flag');
    expect([1, 2]).toContain(result.status);
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toMatch(/Unknown option '--no-such-flag'/);
    expect(rest.join('\n')).toMatch(new RegExp(usage.source.replace('^', '^\\s*'), 'm'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
