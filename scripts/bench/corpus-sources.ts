/**
 * What the synthetic corpus is recombined from: the paragraphs of the project's articles and the people of
 * its participant register (whose names the corpus swaps for generated ones).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../src/boundary/split-front-matter.ts';

/** One article to recombine: its paragraphs, front matter removed. */
export interface SourceArticle {
  /** File name without `.md`. */
  slug: string;
  /** Body paragraphs (blank-line separated blocks), in order. */
  paragraphs: string[];
}

/** A registered person whose names the corpus replaces. */
export interface RegisteredPerson {
  /** Full forms: the name and every alias. */
  fullForms: string[];
  /** The surname (last word of the name). */
  surname: string;
}

/** Reads every `.md` article of `dir`, sorted by file name. */
export function readSourceArticles(dir: string): SourceArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      slug: name.slice(0, -3),
      paragraphs: splitFrontMatter(readFileSync(join(dir, name), 'utf8'))
        .body.split(/\r?\n\s*\r?\n/)
        .map((block) => block.trim())
        .filter((block) => block.length > 0),
    }))
    .filter((article) => article.paragraphs.length > 0);
}

/** Reads the people of a participant register (`kind: person` entries). */
export function readRegisteredPeople(file: string): RegisteredPerson[] {
  const entries = parseYaml(readFileSync(file, 'utf8')) as { name: string; kind: string; aliases?: string[] }[];
  return entries
    .filter((entry) => entry.kind === 'person')
    .map((entry) => ({
      fullForms: [entry.name, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length),
      surname: entry.name.split(' ').at(-1) ?? entry.name,
    }));
}
