/** The guard of the project's own story: reading `articles/` or `src/content/` of this project from a test throws. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { defaultStory } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('a test reading the project’s own story', () => {
  it.each<[string, () => unknown]>([
    ['readdirSync of articles/', () => readdirSync(join(root, 'articles'))],
    ['existsSync of a topic', () => existsSync(join(root, 'src', 'content', 'topics', 'x.mdx'))],
    ['readFileSync of the register', () => readFileSync(join(root, 'src', 'content', 'participants.yaml'), 'utf8')],
    ['loadInputs with the default paths', () => loadInputs(root)],
  ])('fails: %s', (_, read) => {
    expect(read).toThrow(/part of the project's own story/);
  });

  it('may read the stories under test/fixtures/ and the rest of the project', () => {
    expect(readdirSync(defaultStory.articles).length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'src', 'content.config.ts'))).toBe(true);
  });
});
