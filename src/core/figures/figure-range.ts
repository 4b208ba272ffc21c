/**
 * The range of values a written figure stands for, so that figures from different reports can
 * be compared: "about 19 percent" and "a fifth" agree, "28-point" and "22 points" do not.
 * Approximation words widen the range; vague plurals ("thousands") are ranges of their own.
 */
import { parseCount } from './parse-count.ts';
import { fractions, scales, vagueQuantities } from './words/number-words.ts';

/** Inclusive [low, high]. */
export type Range = [number, number];

const around = /^(?:about|around|nearly|almost|roughly|some|approximately|close to|an estimated|estimated|just over|just under)\s+/i;
const atLeast = /^(?:more than|over|at least|as many as)\s+/i;
const atMost = /^(?:less than|fewer than|up to|at most)\s+/i;

/** The bare amount of a value without its qualifier, e.g. 0.2 for "a fifth", 1.2e6 for "1.2 million". */
function amountOf(text: string): Range | null {
  const lower = text.toLowerCase().trim();
  const span = /^([\d,.]+|[a-z]+)\s*(?:to|-|–)\s*([\d,.]+|[a-z]+)\b(.*)$/.exec(lower);
  if (span) {
    const from = amountOf(`${span[1]}${span[3]}`);
    const to = amountOf(`${span[2]}${span[3]}`);
    if (from && to) return [Math.min(from[0], to[0]), Math.max(from[1], to[1])];
  }
  const vague = Object.entries(vagueQuantities).find(([words]) => lower.startsWith(words));
  if (vague) return vague[1];
  const fraction = /^(a|an|one|two|three|four|five)[- ](\p{L}+)/u.exec(lower) ?? /^()(half)\b/.exec(lower);
  if (fraction) {
    const share = fractions[fraction[2] ?? ''];
    if (share !== undefined) {
      const count = fraction[1] ? (parseCount(fraction[1]) ?? 1) : 1;
      return [count * share, count * share];
    }
  }
  const number = /^(?:us\$|\$|€|£)?\s?([\d,]+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?:\s?(million|billion|trillion|thousand|bn|mn|tn|m|k)\b)?/.exec(
    lower,
  );
  const count = number ? parseCount(number[1] ?? '') : null;
  if (count === null || !number) return null;
  const value = count * (number[2] ? (scales[number[2]] ?? 1) : 1);
  const percent = /%|percent|per cent/.test(lower);
  const scaled = percent ? value / 100 : value;
  return [scaled, scaled];
}

/** The range a figure's value stands for, or null when it cannot be read as a number. */
export function figureRange(value: string): Range | null {
  const text = value.trim();
  for (const [pattern, low, high] of [
    [around, 0.9, 1.1],
    [atLeast, 1, 1.5],
    [atMost, 0.5, 1],
  ] as const) {
    if (pattern.test(text)) {
      const range = amountOf(text.replace(pattern, ''));
      return range ? [range[0] * low, range[1] * high] : null;
    }
  }
  return amountOf(text);
}

/** True when two ranges share at least one value. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return a[0] <= b[1] * (1 + 1e-9) && b[0] <= a[1] * (1 + 1e-9);
}
