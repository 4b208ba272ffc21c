/** A count with its noun in the right number: `1 article`, `14 articles`. */
import type { CardStat } from '../card-content.ts';

/** `count` as a card figure; the plural defaults to the singular plus `s`. */
export function countStat(count: number, singular: string, plural = `${singular}s`): CardStat {
  return { value: String(count), label: count === 1 ? singular : plural };
}

/** The same as running text: `14 articles`. */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  const stat = countStat(count, singular, plural);
  return `${stat.value} ${stat.label}`;
}
