/**
 * Promise 7, validity gate: every HTML page of the site built from the default story passes
 * html-validate's recommended rules with no error. (Links, images and accessibility are checked by
 * test/site; the empty and one-article sites are validated in empty-and-tiny.test.ts.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStory } from '../helpers/stories.ts';
import { mustBuild } from './lib/build.ts';
import { tempDir } from './lib/stage.ts';
import { listFiles } from './lib/tree.ts';
import { htmlErrors } from './lib/validate-html.ts';

const scratch = tempDir('validity');
const dist = join(scratch.dir, 'dist');
beforeAll(() => {
  mustBuild({ articles: defaultStory.articles, out: dist });
});
afterAll(scratch.remove);

describe('the site built from the project articles', () => {
  it('has pages to validate', () => {
    expect(listFiles(dist).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(20);
  });

  it('passes html-validate with no error on any page', async () => {
    expect(await htmlErrors(dist)).toEqual([]);
  });

  it('catches invalid markup (the gate can fail)', async () => {
    const broken = tempDir('invalid-html');
    writeFileSync(
      join(broken.dir, 'index.html'),
      '<!doctype html><html lang="en"><head><title>x</title></head><body><figure><figcaption>a</figcaption><p>b</p><details><summary>c</summary></details></figure><p><div>d</div></p></body></html>',
    );
    const errors = await htmlErrors(broken.dir);
    broken.remove();
    expect(errors.length).toBeGreaterThan(0);
  });
});
