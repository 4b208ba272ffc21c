/**
 * The boundary between the file system and the analysis: reads and validates the articles and the
 * editorial data, and hands the core plain values. The site build and every script call this.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { AnalysisInput, RegistryEntry, TopicDefinition } from '../core/model.ts';
import { briefingSettingsSchema, placesSchema, registrySchema, topicSchema, type BriefingSettings } from './editorial-schemas.ts';
import type { InputError } from './input-error.ts';
import { readArticles } from './read-articles.ts';
import type { ArticleFile } from './parse-article-file.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** Where the inputs live, relative to the project root. */
export interface InputPaths {
  /** Articles folder (default `articles`). */
  articles: string;
  /** Topic definitions folder (default `src/content/topics`). */
  topics: string;
  /** Participant registry (default `src/content/participants.yaml`). */
  registry: string;
  /** Briefing settings (default `src/content/briefing.yaml`). */
  settings: string;
  /** The story's places (default `src/content/places.yaml`; optional). */
  places: string;
}

/** The default editorial data folder, laid out as `contentPaths` says. */
export const DEFAULT_CONTENT_DIR = 'src/content';

/**
 * The editorial data of a content folder laid out like `src/content`: `topics/`, `participants.yaml`,
 * `briefing.yaml` and `places.yaml`. Lets a build, a script or a test read another story's editorial data.
 */
export function contentPaths(dir: string): Pick<InputPaths, 'topics' | 'registry' | 'settings' | 'places'> {
  return {
    topics: join(dir, 'topics'),
    registry: join(dir, 'participants.yaml'),
    settings: join(dir, 'briefing.yaml'),
    places: join(dir, 'places.yaml'),
  };
}

/** The default layout of a Dossier project. */
export const DEFAULT_INPUT_PATHS: InputPaths = { articles: 'articles', ...contentPaths(DEFAULT_CONTENT_DIR) };

/** The input paths of an articles folder and a content folder, either left at its default when not given. */
export function storyPaths(articles: string | undefined, content: string | undefined): Partial<InputPaths> {
  return { ...(articles ? { articles } : {}), ...(content ? contentPaths(content) : {}) };
}

/**
 * Input paths set through the environment: `DOSSIER_ARTICLES_DIR` and `DOSSIER_CONTENT_DIR` (what
 * `npm run build -- --articles DIR --content DIR` sets).
 */
export function inputPathsFromEnv(env: Record<string, string | undefined>): Partial<InputPaths> {
  return storyPaths(env.DOSSIER_ARTICLES_DIR || undefined, env.DOSSIER_CONTENT_DIR || undefined);
}

/** Everything read from disk. */
export interface LoadedInputs {
  /** What the core analyses: published articles only. */
  input: AnalysisInput;
  /** Briefing settings. */
  settings: BriefingSettings;
  /** Slugs of draft articles, which no output may contain. */
  drafts: string[];
  /** Every problem in every input file. */
  errors: InputError[];
}

function pathOf(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function validate<T extends z.ZodType>(schema: T, data: unknown, file: string, errors: InputError[]): z.output<T> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({ file, ...(issue.path.length > 0 ? { field: issue.path.join('.') } : {}), message: issue.message });
  }
  return null;
}

function readYaml(path: string, file: string, errors: InputError[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push({ file, message: `cannot read: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function readTopics(root: string, dir: string, errors: InputError[]): TopicDefinition[] {
  if (!existsSync(dir)) return [];
  const topics: TopicDefinition[] = [];
  let participantsTopic: string | null = null;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.mdx') && !name.endsWith('.md')) continue;
    const path = join(dir, name);
    const file = pathOf(root, path);
    const { frontMatter } = splitFrontMatter(readFileSync(path, 'utf8'));
    if (frontMatter === null) {
      errors.push({ file, line: 1, message: 'no front matter' });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(frontMatter);
    } catch (error) {
      errors.push({ file, message: `YAML syntax: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const topic = validate(topicSchema, data, file, errors);
    if (topic?.role === 'participants') {
      if (participantsTopic)
        errors.push({ file, field: 'role', message: `only one topic can have role: participants, and ${participantsTopic} has it` });
      participantsTopic ??= file;
    }
    // When the background was written is for the pages, not the analysis.
    if (topic) {
      const { written: _written, ...definition } = topic;
      topics.push(definition);
    }
  }
  return topics.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

function readSettings(root: string, path: string, errors: InputError[]): BriefingSettings {
  return (
    validate(briefingSettingsSchema, readYaml(path, pathOf(root, path), errors), pathOf(root, path), errors) ?? {
      title: 'Briefing',
      description: 'A briefing.',
    }
  );
}

/** Reads and validates every input below `root`. Never throws for bad input: problems come back in `errors`. */
export function loadInputs(root: string, paths: Partial<InputPaths> = {}): LoadedInputs {
  const where = { ...DEFAULT_INPUT_PATHS, ...paths };
  const errors: InputError[] = [];
  const folder = readArticles(root, resolve(root, where.articles));
  errors.push(...folder.errors);

  const settings = readSettings(root, resolve(root, where.settings), errors);
  const registryPath = resolve(root, where.registry);
  // A register of comments only (what `npm run new-story` writes) is an empty register.
  const registry: RegistryEntry[] = existsSync(registryPath)
    ? (validate(registrySchema, readYaml(registryPath, pathOf(root, registryPath), errors) ?? [], pathOf(root, registryPath), errors) ?? [])
    : [];
  const topics = readTopics(root, resolve(root, where.topics), errors);
  const placesPath = resolve(root, where.places);
  const places = existsSync(placesPath)
    ? (validate(placesSchema, readYaml(placesPath, pathOf(root, placesPath), errors) ?? [], pathOf(root, placesPath), errors) ?? [])
    : [];
  const placeOffsets = Object.fromEntries(
    places.flatMap((place) => (typeof place === 'string' ? [] : [[place.name.toLowerCase(), place.utcOffset] as const])),
  );

  const published = folder.articles.filter((article: ArticleFile) => !article.draft);
  return {
    input: {
      title: settings.title,
      articles: published.map(({ draft: _draft, ...article }) => article),
      topics,
      registry,
      places: places.map((place) => (typeof place === 'string' ? place : place.name)),
      placeOffsets,
    },
    settings,
    drafts: folder.articles.filter((article) => article.draft).map((article) => article.slug),
    errors,
  };
}
