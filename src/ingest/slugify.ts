/**
 * File-name slugs for articles: lowercase ASCII words joined by `-`. Accented letters are folded to their
 * base letter (NFKD, then marks dropped), a few letters without a decomposition are spelled out, anything
 * else is a word break. Long headlines are cut at a word boundary.
 */
import { stripInvisible } from './strip-invisible.ts';
import { transliterations } from './words/transliterations.ts';

/** Longest slug, in characters, before the date prefix. */
export const MAX_SLUG_LENGTH = 60;

const APOSTROPHES = /['\u2019\u02BC]/g;
const COMBINING_MARKS = /[\u0300-\u036F]/g;

/** Folds text to lowercase ASCII letters, digits and spaces. */
function foldToAscii(text: string): string {
  const lower = stripInvisible(text).toLowerCase();
  const spelled = Array.from(lower, (character) => transliterations[character] ?? character).join('');
  return spelled
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, ' ');
}

/** A short, stable fallback for titles with no Latin letters or digits at all (FNV-1a over UTF-16 units). */
function hashSlug(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `article-${hash.toString(16).padStart(8, '0')}`;
}

/** `Zelenskyy’s “peace” plan — Genève` → `zelenskyys-peace-plan-geneve`; at most `max` characters. */
export function slugify(title: string, max: number = MAX_SLUG_LENGTH): string {
  const words = foldToAscii(title)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length === 0) return hashSlug(stripInvisible(title).trim());
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) break;
    slug = next;
  }
  // A first word longer than the limit is cut hard rather than dropped.
  return slug === '' ? (words[0] ?? '').slice(0, max) : slug;
}

/** `<published>-<headline slug>`, the article's file name without `.md`. */
export function articleSlug(published: string, title: string): string {
  return `${published}-${slugify(title)}`;
}
