/**
 * Where a scheduled happening takes place, as its line says it: the capitalised name after `in`, `at` or `to`
 * (`meet in Washington`, `talks at Joint Base Elmendorf-Richardson`), never a day or month (`on Monday`,
 * `in December`) and never a person the briefing knows.
 */
import type { Participant } from '../../core/model.ts';
import { monthNames } from '../../core/dates/words/months.ts';
import { weekdays } from '../../core/dates/words/weekdays.ts';

const calendar = new Set([...Object.keys(monthNames), ...weekdays]);
const placeAfter = /\b(?:in|at|to)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*)/gu;

/** The first place the text names, or null. */
export function findPlace(text: string, people: readonly Participant[]): string | null {
  const names = new Set(
    people
      .filter((p) => p.kind === 'person')
      .flatMap((p) => [p.name, ...p.aliases])
      .map((name) => name.toLowerCase()),
  );
  for (const match of text.matchAll(placeAfter)) {
    const place = (match[1] ?? '').replace(/^the\s+/u, '');
    const words = place.toLowerCase().split(/\s+/);
    if (
      words.some((word) => calendar.has(word.replace(/\.$/u, ''))) ||
      names.has(place.toLowerCase()) ||
      words.some((word) => names.has(word))
    )
      continue;
    return place;
  }
  return null;
}
