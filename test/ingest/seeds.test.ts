/**
 * The default story's articles (`test/fixtures/default-story/articles/`) are exactly what
 * `scripts/ingest-seeds.sh` makes of the raw seeds, and the hand annotation holds: no boilerplate line survives
 * ingest, every annotated sentence does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/boundary/read-articles.ts';
import { defaultStory } from '../helpers/stories.ts';
import { ROOT, makeTempDir, readArticlesIn, runIngestCli } from './run-cli.ts';

interface GoldArticle {
  file: string;
  headline: string;
  boilerplate: string[];
  sentences: { text: string }[];
}

const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gold_seeds.json'), 'utf8')) as { articles: GoldArticle[] };
/** Seed file → the article it becomes (the slug is the date and the headline). */
const SEED_ARTICLES: Record<string, string> = {
  '000_e44fa632470f114c.txt': '2025-08-14-talks-on-security-guarantees-needed-for-ukraine-peace-rubio.md',
  '001_291ec05f08033715.txt': '2025-11-27-us-to-discuss-ukraine-security-guarantees-after-peace-deal.md',
  '002_cf94bc654ff6c87c.txt': '2025-08-16-trump-and-putin-hold-direct-talks-on-ukraine-ceasefire-in.md',
  '003_4193b220d9eefba9.txt': '2025-08-14-trump-offers-hope-on-ukraine-security-guarantees.md',
  '004_1b862b8a27ca1d72.txt': '2025-08-16-donald-trump-and-vladimir-putin-meet-in-alaska-to-discuss.md',
};

const squash = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').trim();
const committed = (name: string) => readFileSync(join(defaultStory.articles, name), 'utf8');
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('seed articles', () => {
  let out: string;
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    out = makeTempDir('seeds');
    const path = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
    run = spawnSync('bash', [join(ROOT, 'scripts', 'ingest-seeds.sh')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: path, OUT: out },
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('re-ingesting the raw seeds with the recorded commands gives the committed files, byte for byte', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const made = readArticlesIn(out);
    expect([...made.keys()].sort()).toEqual(Object.values(SEED_ARTICLES).sort());
    for (const [name, text] of made) expect(text, name).toBe(committed(name));
  });

  it('are valid articles for the build, with the metadata of the seeds README', () => {
    const folder = readArticles(ROOT, out);
    expect(folder.errors).toEqual([]);
    const meta = folder.articles.map(({ slug, outlet, published, url, dateline, wire }) => ({
      slug,
      outlet,
      published,
      url,
      dateline,
      wire,
    }));
    expect(meta).toEqual([
      {
        slug: '2025-08-14-talks-on-security-guarantees-needed-for-ukraine-peace-rubio',
        outlet: 'Anadolu Agency',
        published: '2025-08-14',
        url: null,
        dateline: 'WASHINGTON',
        wire: null,
      },
      {
        slug: '2025-08-14-trump-offers-hope-on-ukraine-security-guarantees',
        outlet: 'The West Australian',
        published: '2025-08-14',
        url: null,
        dateline: null,
        wire: 'Reuters',
      },
      {
        slug: '2025-08-16-donald-trump-and-vladimir-putin-meet-in-alaska-to-discuss',
        outlet: 'NZ Herald',
        published: '2025-08-16',
        url: null,
        dateline: null,
        wire: null,
      },
      {
        slug: '2025-08-16-trump-and-putin-hold-direct-talks-on-ukraine-ceasefire-in',
        outlet: 'The Sun (Malaysia)',
        published: '2025-08-16',
        url: null,
        dateline: 'ANCHORAGE',
        wire: 'Reuters',
      },
      {
        slug: '2025-11-27-us-to-discuss-ukraine-security-guarantees-after-peace-deal',
        outlet: 'The Kyiv Independent',
        published: '2025-11-27',
        url: 'https://kyivindependent.com/us-to-discuss-ukraine-security-guarantees-after-peace-deal-signed',
        dateline: null,
        wire: null,
      },
    ]);
  });

  describe.each(gold.articles.map((article) => [article.file, article] as const))('%s', (file, article) => {
    const name = SEED_ARTICLES[file] ?? '';
    const body = () => squash(bodyOf(committed(name)));

    it('keeps the headline as the title', () => {
      expect(committed(name)).toMatch(/^---\ntitle: /);
      expect(readArticles(ROOT, defaultStory.articles).articles.find((a) => a.file.endsWith(name))?.title).toBe(squash(article.headline));
    });

    it.each(article.boilerplate.map((line) => [line]))('drops boilerplate %j', (line) => {
      expect(body()).not.toContain(squash(line));
    });

    it('keeps every annotated sentence', () => {
      const missing = article.sentences.map((sentence) => squash(sentence.text)).filter((text) => !body().includes(text));
      expect(missing).toEqual([]);
    });
  });

  it('ingesting an ingested article gives it back unchanged', () => {
    const again = join(out, 'again');
    const names = Object.values(SEED_ARTICLES);
    const rerun = runIngestCli([...names.map((name) => join(defaultStory.articles, name)), '--out', again]);
    expect(rerun.stderr).toBe('');
    for (const name of names) expect(readFileSync(join(again, name), 'utf8'), name).toBe(committed(name));
  });

  it('keeps the seed 004 line with two quotations as one paragraph', () => {
    const paragraphs = bodyOf(committed(SEED_ARTICLES['004_1b862b8a27ca1d72.txt'] ?? '')).split('\n\n');
    expect(paragraphs).toContain(
      'He would call NATO “in a little while”.“I will call up the various people that I think are appropriate and of course call up President Zelenskyy and tell him about today’s meeting. It’s ultimately up to them.',
    );
  });
});
