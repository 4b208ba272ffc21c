import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const seeds = join(root, 'test', 'fixtures', 'seeds');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'eval-dev.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });

/** Two batches of seed articles laid out as a development set, each with its slice of the seed annotation. */
function writeDevSet(dir: string): void {
  const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'gold_seeds.json'), 'utf8'));
  const batches: Record<string, Array<[string, string, string]>> = {
    a: [['000_e44fa632470f114c.txt', 'Anadolu Agency', '2025-08-14']],
    b: [
      ['002_cf94bc654ff6c87c.txt', 'The Sun (Malaysia)', '2025-08-16'],
      ['004_1b862b8a27ca1d72.txt', 'NZ Herald', '2025-08-16'],
    ],
  };
  for (const [batch, files] of Object.entries(batches)) {
    mkdirSync(join(dir, batch));
    const names = files.map(([file]) => file);
    for (const name of names) copyFileSync(join(seeds, name), join(dir, batch, name));
    writeFileSync(join(dir, batch, 'meta.tsv'), ['file\toutlet\tpublished\turl', ...files.map((row) => `${row.join('\t')}\t`)].join('\n'));
    const inBatch = (file: string) => names.includes(file);
    writeFileSync(
      join(dir, batch, 'gold.json'),
      JSON.stringify({
        articles: gold.articles.filter((a: { file: string }) => inBatch(a.file)),
        participants: gold.participants,
        quotes: gold.quotes.filter((q: { file: string }) => inBatch(q.file)),
        events: gold.events.filter((e: { file: string }) => inBatch(e.file)),
        cross_source: [],
      }),
    );
  }
}

describe('npm run eval:dev', () => {
  let dev: string;
  beforeAll(() => {
    dev = mkdtempSync(join(tmpdir(), 'dossier-dev-set-'));
    writeDevSet(dev);
  });
  afterAll(() => rmSync(dev, { recursive: true, force: true }));

  it('ingests every batch, scores each and the total, and prints one table', () => {
    const out = run('--dev', dev);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const [header, matched] = out.stdout.trim().split('\n');
    expect(header?.split(/\s+/)).toEqual(['measure', 'a', 'b', 'total']);
    expect(matched?.split(/\s+/)).toEqual(['articles', 'matched', '1/1', '2/2', '3/3']);
    expect(out.stdout).toMatch(/holders F1 +\d\.\d\d/);
  });

  it('scores one batch as JSON with every measure', () => {
    const out = run('--dev', dev, '--batch', 'b', '--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report)).toEqual(['b']);
    expect(report.b.articles.pairs).toHaveLength(2);
    expect(Object.keys(report.b)).toEqual(['articles', 'topics', 'participants', 'quotes', 'statements', 'events', 'claims']);
  });

  it.each<[string[], RegExp]>([
    [['--dev', '/no/such/folder'], /No development set at/],
    [['--dev', '.', '--batch', 'zz'], /No batch zz/],
  ])('fails with one message for %j', (args, message) => {
    const out = run(...args);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(message);
  });
});
