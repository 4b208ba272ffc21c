/**
 * Reads a single written count ("600,000", "1.2", "three", "twenty-five", "a") as a number.
 */
import { cardinals } from './words/number-words.ts';

/** The value of a number written in figures or words, or null when it is not one. */
export function parseCount(written: string): number | null {
  const text = written.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  if (text === 'a' || text === 'an') return 1;
  const direct = cardinals[text];
  if (direct !== undefined) return direct;
  const [tens, units] = text.split('-');
  const t = tens === undefined ? undefined : cardinals[tens];
  const u = units === undefined ? undefined : cardinals[units];
  if (t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10) return t + u;
  return null;
}

/** Regular-expression source matching one count in figures or words (for use inside other patterns). */
export const countPattern: string = `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${Object.keys(cardinals).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
