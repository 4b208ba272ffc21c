/**
 * Builds the Pagefind search index over a built site. Any indexing error fails the build: a site whose
 * search silently covers nothing is worse than no build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Briefing } from '../core/model.ts';

/**
 * The pages that can be in the index: each topic, participant and source page, the pages the layout marks
 * `data-pagefind-body` (pagination pages match too and are skipped, having no body). Reading only these spares
 * Pagefind the thousands of list, timeline, evidence and claim pages it would drop anyway. The about, search and
 * not-found pages say nothing about the story, so they are no search hits.
 */
export const SEARCHABLE_PAGES = '{topics/*/index.html,participants/*/index.html,sources/*/index.html}';

/** The same pages as paths below the base (`topics/territory/`), for the dev server, which has no files to glob. */
export function searchablePaths(briefing: Briefing): string[] {
  return [
    ...briefing.topics.map((topic) => `topics/${topic.id}/`),
    ...briefing.participants.map((participant) => `participants/${participant.id}/`),
    ...briefing.articles.map((article) => `sources/${article.id}/`),
  ];
}

/**
 * Indexes `siteDir` into `siteDir/pagefind/`; returns how many pages the index holds (those marked
 * `data-pagefind-body`; Pagefind reads every page but keeps only those).
 */
export async function indexSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`search indexing could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`search indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
