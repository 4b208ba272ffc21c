/**
 * loadInputs reads the editorial data of any content folder: topic colours, roles and formats, places with and
 * without offsets, a register of comments only; and names the file and field of every mistake in them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatInputError } from '../../src/boundary/input-error.ts';
import { contentPaths, loadInputs, storyPaths } from '../../src/boundary/load-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-load-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder holding `files` (path → text), with an empty articles folder beside it; returns its paths. */
function story(name: string, files: Record<string, string>) {
  const content = join(root, name, 'content');
  for (const [path, text] of Object.entries({ 'briefing.yaml': 'title: T\ndescription: D\n', ...files })) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  mkdirSync(join(root, name, 'articles'), { recursive: true });
  return storyPaths(join(root, name, 'articles'), content);
}

const topic = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: ${id}\nquestion: Q?\norder: 1\nthreshold: 1\n${extra}cues:\n  - { term: x, weight: 1 }\n---\n`;

describe('loadInputs of a content folder', () => {
  it('reads topic colours, roles and formats, and places with offsets', () => {
    const paths = story('good', {
      'topics/a.mdx': topic('a', 'colour: teal\n'),
      'topics/b.mdx': topic('b', 'role: participants\nformats: [contact group, "E3 (three countries)"]\n'),
      'places.yaml': '- Port Example\n- { name: Harbour Town, utcOffset: -3.5 }\n',
      'participants.yaml': '# Nobody yet.\n',
    });
    const { input, errors } = loadInputs(root, paths);
    expect(errors).toEqual([]);
    expect(input.topics.map(({ id, colour, role, formats }) => ({ id, colour, role, formats }))).toEqual([
      { id: 'a', colour: 'teal', role: undefined, formats: undefined },
      { id: 'b', colour: undefined, role: 'participants', formats: ['contact group', 'E3 (three countries)'] },
    ]);
    expect(input.places).toEqual(['Port Example', 'Harbour Town']);
    expect(input.placeOffsets).toEqual({ 'harbour town': -3.5 });
    expect(input.registry).toEqual([]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an unknown colour',
      { 'topics/a.mdx': topic('a', 'colour: red\n') },
      ['topics/a.mdx colour: expected one of blue, rust, green, purple, teal, magenta, gold, slate'],
    ],
    ['an unknown role', { 'topics/a.mdx': topic('a', 'role: people\n') }, ['role: expected participants, the one role a topic can have']],
    [
      'formats without the role',
      { 'topics/a.mdx': topic('a', 'formats: [summit]\n') },
      ['formats: only the topic with role: participants lists formats of talks'],
    ],
    [
      'two topics about who takes part',
      { 'topics/a.mdx': topic('a', 'role: participants\n'), 'topics/b.mdx': topic('b', 'role: participants\n') },
      ['topics/b.mdx role: only one topic can have role: participants, and'],
    ],
    ['an offset that is no zone', { 'places.yaml': '- { name: X, utcOffset: 30 }\n' }, ['places.yaml 0.utcOffset']],
    ['a place with a typo in its fields', { 'places.yaml': '- { name: X, offset: 3 }\n' }, ['places.yaml 0']],
  ])('names the file and field of %s', (name, files, expected) => {
    const { errors } = loadInputs(root, story(`bad-${name.replace(/\W+/g, '-')}`, files));
    const lines = errors.map(formatInputError);
    for (const part of expected) expect(lines.join('\n')).toContain(part);
  });

  it('reads the default content layout through contentPaths', () => {
    expect(contentPaths('src/content')).toEqual({
      topics: 'src/content/topics',
      registry: 'src/content/participants.yaml',
      settings: 'src/content/briefing.yaml',
      places: 'src/content/places.yaml',
    });
  });
});
