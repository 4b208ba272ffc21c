/**
 * Turns the bytes of one `articles/<slug>.md` file into a validated article, or into errors that name
 * the file, line and field. Nothing here touches the file system.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { ArticleInput } from '../core/model.ts';
import { articleFrontMatterSchema } from './article-schema.ts';
import type { InputError } from './input-error.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** Largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** A parsed article with its draft flag (drafts are validated, then left out of every output). */
export interface ArticleFile extends ArticleInput {
  /** True when the article must not be published. */
  draft: boolean;
}

/** The result of reading one file: an article, or the reasons there is none. */
export interface ParsedArticleFile {
  /** The article, or null when the file has errors. */
  article: ArticleFile | null;
  /** Every problem found in the file. */
  errors: InputError[];
}

/** Decodes UTF-8 strictly, drops a byte-order mark and normalises line ends to `\n`. */
export function decodeArticleText(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.replace(/\r\n?/g, '\n');
  } catch {
    return null;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Line (1-based, in the whole file) of a front matter key, or of the front matter start. */
function lineOfField(document: ReturnType<typeof parseDocument>, counter: LineCounter, field: string | undefined): number {
  const contents = document.contents;
  if (field && isMap(contents)) {
    const pair = contents.items.find((item) => isScalar(item.key) && String(item.key.value) === field);
    const node = (pair?.key ?? null) as Node | null;
    if (node?.range) return counter.linePos(node.range[0]).line + 1;
  }
  return 1;
}

/** The message for an article of `size` bytes, or null when the size is within the limit. */
export function articleSizeProblem(size: number): string | null {
  return size > MAX_ARTICLE_BYTES ? `file is ${formatBytes(size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for an article` : null;
}

/** Validates one article file. `file` is its project-relative path; `slug` comes from its name. */
export function parseArticleFile(file: string, slug: string, bytes: Uint8Array): ParsedArticleFile {
  const fail = (error: Omit<InputError, 'file'>): ParsedArticleFile => ({ article: null, errors: [{ file, ...error }] });
  const tooLarge = articleSizeProblem(bytes.byteLength);
  if (tooLarge) return fail({ message: tooLarge });
  if (bytes.includes(0)) return fail({ message: 'file contains NUL bytes: it is binary, not a Markdown article' });
  const text = decodeArticleText(bytes);
  if (text === null) return fail({ message: 'file is not valid UTF-8 text' });

  const { frontMatter, bodyStart } = splitFrontMatter(text);
  if (frontMatter === null) {
    return fail({ line: 1, message: 'no front matter: an article starts with a `---` line, its fields, and another `---` line' });
  }
  const counter = new LineCounter();
  const yamlText = frontMatter;
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      article: null,
      errors: document.errors.map((error) => {
        const position = counter.linePos(error.pos[0]);
        const hint =
          error.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings/.test(error.message)
            ? ' (put a value that contains ": " in quotes)'
            : '';
        return { file, line: position.line + 1, column: position.col, message: `YAML syntax: ${error.message.split('\n')[0]}${hint}` };
      }),
    };
  }
  const data: unknown = document.toJS() ?? {};
  const result = articleFrontMatterSchema.safeParse(data);
  const errors: InputError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const fields = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.length > 0 ? String(issue.path[0]) : undefined];
      for (const field of fields) {
        errors.push({ file, line: lineOfField(document, counter, field), ...(field ? { field } : {}), message: issue.message });
      }
    }
  }
  const body = text.slice(bodyStart).replace(/^\n+/, '').replace(/\s+$/, '');
  if (body.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '').length === 0) {
    errors.push({ file, line: text.slice(0, bodyStart).split('\n').length, message: 'the article has no body text' });
  }
  if (!result.success || errors.length > 0) return { article: null, errors };
  const meta = result.data;
  return {
    article: {
      slug,
      file,
      title: meta.title,
      outlet: meta.outlet,
      published: meta.published,
      url: meta.url,
      dateline: meta.dateline,
      wire: meta.wire,
      draft: meta.draft,
      body: `${body}\n`,
    },
    errors: [],
  };
}
