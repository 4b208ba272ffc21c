/**
 * Spots an article that is already in the folder under another name: the same body once formatting,
 * case, quotes and spacing are set aside, or at least 90% of paragraphs identical (counted against the
 * longer of the two, so a short extract of a long article is not a duplicate of it).
 */
import { looseText, plainKey } from './clean/plain-key.ts';

/** Share of identical paragraphs from which two bodies count as duplicates. */
export const DUPLICATE_SHARE = 0.9;

/** An article already written: its path (for messages) and Markdown body. */
export interface ExistingArticle {
  file: string;
  body: string;
}

function paragraphsOf(body: string): string[] {
  return body.split(/\n[ \t]*\n/).filter((paragraph) => paragraph.trim().length > 0);
}

/** Why `body` duplicates `other`, or null when it does not. */
export function compareBodies(body: string, other: string): 'same text' | 'paragraphs' | null {
  const mineParagraphs = paragraphsOf(body);
  const theirParagraphs = paragraphsOf(other);
  if (mineParagraphs.length === 0 || theirParagraphs.length === 0) return null;
  if (mineParagraphs.map(looseText).join(' ') === theirParagraphs.map(looseText).join(' ')) return 'same text';
  const mine = mineParagraphs.map(plainKey);
  const theirs = theirParagraphs.map(plainKey);
  const pool = new Map<string, number>();
  for (const key of theirs) pool.set(key, (pool.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of mine) {
    const left = pool.get(key) ?? 0;
    if (left > 0) {
      shared += 1;
      pool.set(key, left - 1);
    }
  }
  return shared / Math.max(mine.length, theirs.length) >= DUPLICATE_SHARE ? 'paragraphs' : null;
}

/** The first existing article (in the given order) that `body` duplicates, with the reason. */
export function findDuplicate(body: string, existing: readonly ExistingArticle[]): { file: string; reason: string } | null {
  for (const article of existing) {
    const reason = compareBodies(body, article.body);
    if (reason === 'same text') return { file: article.file, reason: 'the same text' };
    if (reason === 'paragraphs')
      return { file: article.file, reason: `${Math.round(DUPLICATE_SHARE * 100)}% or more of the same paragraphs` };
  }
  return null;
}
