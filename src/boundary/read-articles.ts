/**
 * Reads every article in a folder and validates it. Collects all problems before reporting, so one build
 * names every bad file at once. Reads nothing outside the folder: links that lead out of it are refused.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { InputError } from './input-error.ts';
import { articleSizeProblem, parseArticleFile, type ArticleFile } from './parse-article-file.ts';

/** Every article in the folder (drafts included) and every problem found. */
export interface ArticleFolder {
  /** Valid articles, sorted by slug. */
  articles: ArticleFile[];
  /** Problems, one or more per bad file. */
  errors: InputError[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `dir` (absolute); paths in messages are relative to `root`. A missing folder holds no articles. */
export function readArticles(root: string, dir: string): ArticleFolder {
  const errors: InputError[] = [];
  const articles: ArticleFile[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    // A missing folder is a project with no articles yet; a file or an unreadable folder is a mistake to name.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      errors.push({ file: relative(root, dir).split(sep).join('/'), message: `cannot be read as the articles folder (${code})` });
    return { articles, errors };
  }
  const realDir = realpathSync(dir);
  const bySlug = new Map<string, string>();
  for (const name of names) {
    // Hidden files (.gitkeep, editor swap files) are not articles; a hidden .md file is named, not skipped.
    if (name.startsWith('.') && !/\.mdx?$/.test(name)) continue;
    const path = join(dir, name);
    const file = relative(root, path).split(sep).join('/');
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        errors.push({ file, message: 'is a link to nothing' });
        continue;
      }
      if (!target.startsWith(realDir + sep)) {
        errors.push({ file, message: 'is a link to a file outside the articles folder: refused' });
        continue;
      }
    }
    // What the name leads to, links followed: a folder, or a pipe or device that would block or never end.
    const target = statSync(path);
    if (target.isDirectory()) {
      errors.push({ file, message: 'is a folder: articles are files directly inside the articles folder' });
      continue;
    }
    if (!target.isFile()) {
      errors.push({ file, message: 'is not a regular file (a pipe, socket or device): refused' });
      continue;
    }
    if (!name.endsWith('.md')) {
      const why = name.endsWith('.mdx')
        ? 'MDX is executable code and articles are untrusted: save the article as .md'
        : 'only .md articles are read: convert it with `npm run ingest`';
      errors.push({ file, message: `refused: ${why}` });
      continue;
    }
    const slug = name.slice(0, -'.md'.length).toLowerCase();
    if (!SLUG.test(slug)) {
      errors.push({ file, message: 'file name must be lowercase letters, digits and hyphens (for example 2026-03-02-budget-vote.md)' });
      continue;
    }
    const twin = bySlug.get(slug);
    if (twin) {
      errors.push({ file, message: `has the same slug "${slug}" as ${twin}: rename one of them` });
      continue;
    }
    bySlug.set(slug, file);
    // Checked before reading, so a huge file is never loaded.
    const tooLarge = articleSizeProblem(target.size);
    if (tooLarge) {
      errors.push({ file, message: tooLarge });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    const parsed = parseArticleFile(file, slug, bytes);
    errors.push(...parsed.errors);
    if (parsed.article) articles.push(parsed.article);
  }
  return { articles, errors };
}
