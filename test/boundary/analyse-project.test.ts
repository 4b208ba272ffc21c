/** analyseProject: a sound project comes back analysed, one with bad inputs as a single report and no briefing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseProject } from '../../src/boundary/analyse-project.ts';
import { analyze } from '../../src/core/analyze.ts';
import { contentPaths, loadInputs } from '../../src/boundary/load-inputs.ts';
import { defaultStory, secondStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const empty = mkdtempSync(join(tmpdir(), 'dossier-analyse-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('analyseProject', () => {
  it.each([
    ['the default story', storyInputs(defaultStory), 5, 'Ukraine peace talks'],
    ['the second story', storyInputs(secondStory), 6, 'The salmon duty dispute'],
    ['an empty articles folder', { articles: empty, ...contentPaths(defaultStory.content) }, 0, 'Ukraine peace talks'],
  ])('analyses %s as analyze does, with its settings and timings', (_, paths, count, title) => {
    const analysed = analyseProject(root, paths);
    if (!analysed.ok) throw new Error(analysed.report);
    expect(analysed.briefing).toEqual(analyze(loadInputs(root, paths).input));
    expect(analysed.briefing.articles).toHaveLength(count);
    expect(analysed.settings.title).toBe(title);
    expect(analysed.loadMs).toBeGreaterThanOrEqual(0);
    expect(analysed.analyseMs).toBeGreaterThanOrEqual(0);
  });

  it('returns every problem of bad inputs as one report, and no briefing', () => {
    const analysed = analyseProject(root, { ...storyInputs(defaultStory), articles: 'test/fixtures/broken-articles' });
    expect(analysed.ok).toBe(false);
    if (analysed.ok) return;
    expect(analysed.errors).toHaveLength(4);
    expect(analysed.report.split('\n')[0]).toBe('4 problems in 3 input files:');
    expect(analysed.report).toContain(
      'test/fixtures/broken-articles/2025-08-16-bad-date.md:4 published: expected YYYY-MM-DD, got "yesterday"',
    );
    expect(analysed).not.toHaveProperty('briefing');
  });
});
