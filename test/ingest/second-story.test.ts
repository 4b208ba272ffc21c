/**
 * The second story's articles (`test/fixtures/second-story/articles/`) are exactly what one ingest of its raw
 * folder makes: `.md` files that carry their own fields and a saved page whose fields come from its metadata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondStory, secondStoryRaw } from '../helpers/stories.ts';
import { readArticlesIn, runIngestCli, useTempDirs } from './run-cli.ts';

const tempDir = useTempDirs();

describe('the second story', () => {
  const out = tempDir('second-story');
  const run = runIngestCli([secondStoryRaw, '--out', out]);

  it('ingests its raw folder in one call, one article per file', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^wrote /gm)).toHaveLength(readdirSync(secondStoryRaw).length);
    expect(run.stdout).toContain('outlet from og:site_name, published from article:published_time');
  });

  it('gives the committed articles, byte for byte', () => {
    const made = readArticlesIn(out);
    const committed = readdirSync(secondStory.articles)
      .filter((name) => name.endsWith('.md'))
      .sort();
    expect([...made.keys()].sort()).toEqual(committed);
    for (const [name, text] of made) expect(text, name).toBe(readFileSync(join(secondStory.articles, name), 'utf8'));
  });
});
