/**
 * What one article added, in a plain line for readers: only what it did add, never a zero ("corroborates 0").
 * The home page's latest articles and the updates feed share it.
 */
import type { ArticleAdditions } from './article-additions.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `11 new claims, 4 dated events and 2 earlier claims confirmed by a new independent source`; empty when it added none of these. */
export function additionsSummary(additions: Pick<ArticleAdditions, 'newClaims' | 'corroborated' | 'events'>): string {
  const parts = [
    additions.newClaims.length > 0 ? count(additions.newClaims.length, 'new claim') : '',
    additions.events.length > 0 ? count(additions.events.length, 'dated event') : '',
    additions.corroborated.length > 0
      ? `${count(additions.corroborated.length, 'earlier claim')} confirmed by a new independent source`
      : '',
  ].filter((part) => part !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
