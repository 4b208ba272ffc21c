/**
 * The raw seed articles as core input, for stage tests that must not wait for ingest:
 * the first line is the headline, the rest is the body (furniture and all).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../src/core/model.ts';

const seedDir = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** Dates and outlets from the seeds' README. */
const meta: Record<string, { outlet: string; published: string; wire: string | null }> = {
  '000_e44fa632470f114c.txt': { outlet: 'Anadolu Agency', published: '2025-08-14', wire: null },
  '001_291ec05f08033715.txt': { outlet: 'The Kyiv Independent', published: '2025-11-27', wire: null },
  '002_cf94bc654ff6c87c.txt': { outlet: 'The Sun (Malaysia)', published: '2025-08-16', wire: 'Reuters' },
  '003_4193b220d9eefba9.txt': { outlet: 'The West Australian', published: '2025-08-14', wire: 'Reuters' },
  '004_1b862b8a27ca1d72.txt': { outlet: 'NZ Herald', published: '2025-08-16', wire: null },
};

/** Reads every raw seed into an `ArticleInput` whose slug is the file's number (`seed-000`). */
export function rawSeedInputs(): ArticleInput[] {
  return readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const [title = '', ...rest] = readFileSync(join(seedDir, name), 'utf8').split('\n');
      const info = meta[name];
      if (!info) throw new Error(`no metadata for seed ${name}`);
      return {
        slug: `seed-${name.slice(0, 3)}`,
        file: `test/fixtures/seeds/${name}`,
        title: title.trim(),
        outlet: info.outlet,
        published: info.published,
        url: null,
        dateline: null,
        wire: info.wire,
        body: rest.join('\n\n'),
      };
    });
}
