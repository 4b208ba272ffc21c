/** The cache key of a card: a hash of its content (keys sorted) and the render version. */
import { createHash } from 'node:crypto';
import type { CardContent } from './card-content.ts';

/** JSON with object keys sorted, so two equal contents built in different key orders hash alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 32 hex digits identifying the image `content` gives under `version`. */
export function cardKey(content: CardContent, version: string): string {
  return createHash('sha256').update(version).update('\n').update(stableJson(content)).digest('hex').slice(0, 32);
}
