/**
 * The engine knows no story: the code in `src/` outside `src/content/` (comments stripped, since a comment may
 * cite an example) names none of the default story's people, places or formats of talks as its editorial data
 * lists them (and none of its people's register ids). Everything story-specific belongs in the editorial data.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

/** Every file below `dir`, `src/content` left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === join(src, 'content')) return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

/** What a piece of TypeScript says: its code without comments, and the text of every string literal and identifier. */
interface ScriptWords {
  code: string;
  words: string[];
}

/** Reads TypeScript with TypeScript's own parser (so `//` in a string stays) and prints it without comments. */
function readScript(text: string): ScriptWords {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const words: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isIdentifier(node) || ts.isTemplateLiteralToken(node)) words.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { code: ts.createPrinter({ removeComments: true }).printFile(file), words };
}

/** A file's code and words: an Astro component's script and template, a stylesheet's rules; comments left out. */
function readSource(file: string): ScriptWords {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return { code: text.replace(/\/\*[\s\S]*?\*\//g, ' '), words: [] };
  if (!file.endsWith('.astro')) return readScript(text);
  const [, frontmatter = '', template = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const script = readScript(frontmatter);
  return {
    code: `${script.code}\n${template.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')}`,
    words: script.words,
  };
}

/** The default story's names: its registered people (names, aliases, surnames, ids), its places and its formats. */
function storyNames(): string[] {
  const { input, errors } = loadInputs(root, storyInputs(defaultStory));
  if (errors.length > 0) throw new Error(`the default story does not load: ${errors.map((error) => error.message).join('; ')}`);
  const people = input.registry.filter((entry) => entry.kind === 'person');
  const surnames = people.map((entry) => entry.name.split(' ').at(-1) ?? '').filter((surname) => surname.length > 3);
  const formats = input.topics.flatMap((topic) => topic.formats ?? []);
  const names = [...people.flatMap((entry) => [entry.name, ...entry.aliases, entry.id]), ...surnames, ...(input.places ?? []), ...formats];
  return [...new Set(names)].sort();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names a source uses: each name as written, as a whole word of its code (`Anchorage`, `coalition of the
 * willing`), and any string or identifier that is a name in other case (`'anchorage'` in a word list). A longer
 * name that contains one (`'new york times'`, an outlet) is another name.
 */
function namesIn(source: ScriptWords, names: readonly string[]): string[] {
  const written = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const folded = new Set(names.map((name) => name.toLowerCase()));
  return [...[...source.code.matchAll(written)].map((match) => match[0]), ...source.words.filter((word) => folded.has(word.toLowerCase()))];
}

describe('the engine (src/ outside src/content/)', () => {
  const names = storyNames();
  const files = sourceFiles(src);

  it('is checked against the default story’s people, places and formats', () => {
    expect(names).toEqual(expect.arrayContaining(['Donald Trump', 'Putin', 'Anchorage', 'coalition of the willing']));
    expect(files.length).toBeGreaterThan(300);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s names none of them', (_, file) => {
    expect(namesIn(readSource(file), names)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['a name in a comment', '// Putin met Zelensky\n/* in Anchorage */ const n = 1;', []],
    ['a name in a string after //', "const url = 'https://x.example/Anchorage'; // Putin", ['Anchorage']],
    [
      'a name in other case as a whole string or key',
      "const offsets = { anchorage: -9, 'new york': -5, 'new york times': 0 };",
      ['anchorage', 'new york'],
    ],
    ['a name inside a word', 'const putinism = 1;', []],
  ])('finds names in code, not in comments: %s', (_, text, expected) => {
    expect(namesIn(readScript(text), ['Anchorage', 'New York', 'Putin', 'Zelensky'])).toEqual(expected);
  });
});
