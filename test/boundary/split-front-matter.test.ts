/** The one front-matter splitter, on every shape of file its readers meet. */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/boundary/split-front-matter.ts';

describe('splitFrontMatter', () => {
  it.each<[string, string, string | null, string]>([
    ['fields and a body', '---\ntitle: T\n---\n\nBody.\n', 'title: T', '\nBody.\n'],
    ['Windows line ends', '---\r\ntitle: T\r\n---\r\nBody.', 'title: T', 'Body.'],
    ['empty front matter', '---\n---\nBody.', '', 'Body.'],
    ['no body, no last line end', '---\ntitle: T\n---', 'title: T', ''],
    ['spaces after the dashes', '---  \ntitle: T\n--- \nBody.', 'title: T', 'Body.'],
    ['no front matter', 'Body.\n---\nmore', null, 'Body.\n---\nmore'],
    ['dashes not on the first line', '\n---\ntitle: T\n---\n', null, '\n---\ntitle: T\n---\n'],
    ['an unclosed block', '---\ntitle: T\nBody.', null, '---\ntitle: T\nBody.'],
  ])('%s', (_, text, frontMatter, body) => {
    const split = splitFrontMatter(text);
    expect(split.frontMatter).toBe(frontMatter);
    expect(split.body).toBe(body);
    expect(text.slice(split.bodyStart)).toBe(body);
  });
});
