/**
 * `npm run new-story` and `npm run default-story` on a copy of the project: asked first (or --yes), a new story
 * leaves no article and the starter editorial data, which loads without a problem; the default story comes back
 * byte for byte; a "no" or no answer changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { copyProject } from '../helpers/copy-project.ts';
import { defaultStory } from '../helpers/stories.ts';
import { tempDir } from '../trust/lib/stage.ts';

const scratch = tempDir('new-story');
const project = join(scratch.dir, 'project');

/** Runs a script of the copy with `answer` on standard input. */
function run(script: string, args: string[], answer = '') {
  const result = spawnSync(process.execPath, [join('scripts', script), ...args], { cwd: project, input: answer, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir` with its bytes, by path relative to it. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const story = () => ({ articles: tree(join(project, 'articles')), content: tree(join(project, 'src', 'content')) });
const defaultTrees = () => ({ articles: tree(defaultStory.articles), content: tree(defaultStory.content) });

beforeAll(() => {
  copyProject(project);
});
afterAll(scratch.remove);

describe('npm run new-story', () => {
  it.each([
    ['"no"', 'n\n'],
    ['no answer at all', ''],
  ])('asks first and, told %s, changes nothing', (_, answer) => {
    const result = run('new-story.ts', ['A trade dispute'], answer);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'This removes 5 articles in articles/ and 4 topics with the rest of the editorial data in src/content/',
    );
    expect(result.stderr).toContain('Nothing changed');
    expect(story()).toEqual(defaultTrees());
  });

  it.each<[string[], RegExp]>([
    [[], /^missing the title of the story\n\nUsage: npm run new-story -- /],
    [['Title', '--description', ' '], /^--description: the description is empty\n/],
  ])('refuses %j with a usage error', (args, message) => {
    const result = run('new-story.ts', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  describe('told yes', () => {
    let result: ReturnType<typeof run>;
    beforeAll(() => {
      result = run('new-story.ts', ['The harbour strike: day one'], 'y\n');
    });

    it('leaves no article and writes the starter editorial data', () => {
      expect(result.status, result.stderr).toBe(0);
      expect(Object.keys(story().articles)).toEqual(['.gitkeep']);
      expect(Object.keys(story().content)).toEqual(['briefing.yaml', 'participants.yaml', 'places.yaml', 'topics/example.mdx']);
      expect(parse(story().content['briefing.yaml'] ?? '')).toMatchObject({ title: 'The harbour strike: day one' });
    });

    it('prints the next three steps', () => {
      const steps = result.stdout.split('\n').filter((line) => /^ {2}\d\. /.test(line));
      expect(steps.map((line) => line.slice(0, 5))).toEqual(['  1. ', '  2. ', '  3. ']);
      expect(result.stdout).toMatch(/npm run ingest -- [\s\S]*src\/content\/topics\/example\.mdx[\s\S]*npm run build && npm run preview/);
      expect(result.stdout).toContain('npm run default-story brings the default story back.');
    });

    it('leaves a story that loads without a problem: one example topic about who takes part, nobody registered', () => {
      const { input, errors, settings } = loadInputs(project);
      expect(errors).toEqual([]);
      expect(input.articles).toEqual([]);
      expect(input.registry).toEqual([]);
      expect(input.places).toEqual([]);
      expect(input.topics).toMatchObject([{ id: 'example', role: 'participants', colour: 'purple', formats: [] }]);
      expect(settings.description).toContain('The harbour strike: day one');
    });
  });
});

describe('npm run default-story', () => {
  it('asks first and, told no, changes nothing', () => {
    const before = story();
    const result = run('default-story.ts', [], 'no\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('with the default story. Go ahead? [y/N]');
    expect(story()).toEqual(before);
  });

  it('with --yes brings the default story back, byte for byte', () => {
    const result = run('default-story.ts', ['--yes']);
    expect(result.status, result.stderr).toBe(0);
    expect(story()).toEqual(defaultTrees());
    expect(loadInputs(project).errors).toEqual([]);
  });

  it('and new-story --yes starts again without asking', () => {
    const result = run('new-story.ts', ['--yes', 'Another story']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(Object.keys(story().articles)).toEqual(['.gitkeep']);
  });
});
