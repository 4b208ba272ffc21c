/**
 * Datelines left in the body ("WASHINGTON -U.S. President ...", "KYIV/WASHINGTON, Nov 23 (Reuters) -
 * ...") and timestamp or byline lines are never events: their dates date the copy. A dateline is
 * one to five all-caps words (places joined by "/"), then maybe a day and month and a wire name in
 * brackets, then a dash or colon, at the start of one of the first paragraphs (a standfirst may
 * come first). Its place is the writer's place when the article has no `dateline` field.
 */
import type { Token } from '../reading/tokenize.ts';
import { GENERIC_ZONES, offsetOfPlace, type ZoneTable } from './zone-offsets.ts';
import { furnitureOpeners } from './words/furniture-openers.ts';

/** A dateline found at the start of a sentence. */
export interface BodyDateline {
  /** The place words as written (`KYIV/WASHINGTON`). */
  place: string;
  /** End offset of the dateline in the sentence (its dash or colon included). */
  end: number;
}

const caps = String.raw`\p{Lu}[\p{Lu}.'’-]+`;
// Linear: every part is a bounded repeat of a class that the next part cannot start with.
const pattern = new RegExp(
  String.raw`^(${caps}(?:[ /]${caps}){0,4})(?:,\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{1,30}\)\s*)?[-–—:]`,
  'u',
);

/** The dateline that opens a sentence, or null. The place must be a known place, or carry a date. */
export function findDateline(text: string, zones: ZoneTable = GENERIC_ZONES): BodyDateline | null {
  const match = pattern.exec(text);
  if (!match?.[1]) return null;
  const dated = /\d/.test(match[0]);
  if (!dated && offsetOfPlace(match[1], zones) === null) return null;
  return { place: match[1], end: match[0].length };
}

const openers = furnitureOpeners.map((opener) => opener.split(' '));
const firstWords = new Set(openers.map((opener) => opener[0]!));

/** True for a timestamp or byline line ("Published: Nov 23, 2025", "By Jane Doe, 23 November"); it must hold a digit. */
export function isFurnitureLine(text: string, tokens: readonly Token[]): boolean {
  if (!firstWords.has(tokens.find((token) => token.word)?.lower ?? '') || !/\d/.test(text)) return false;
  const words = tokens.filter((token) => token.word).slice(0, 3);
  return openers.some((opener) => {
    if (!opener.every((word, i) => words[i]?.lower === word)) return false;
    // "By" opens a byline only when a name follows, not "By Friday, ..." or "By then".
    return opener[0] !== 'by' || (words[1]?.cap === true && words[2]?.cap === true);
  });
}
