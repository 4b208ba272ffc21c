/**
 * Articles that are not prose, for the worst-case section of the benchmark and the linear-work test: a transcript
 * without full stops, runs of quotation marks, digits, dates, capitalised words, brackets, emoji and combining marks.
 * Each case is a function of a size factor; `prose` is the yardstick. The first five reproduce the reports that
 * stalled the build (one "sentence" of 2,500 words, `He said "` 3,000 times, `1,` 40,000 times, a run of relative days).
 */

/** A named generator of a body at a size factor (1 = the reported size). */
export interface WorstCase {
  name: string;
  make: (scale: number) => string;
}

const prose =
  'The talks in Geneva went on for hours on Sunday. Officials said progress had been made on several points of the plan. ' +
  '"We are not there yet," Rubio told reporters, adding that more work remained before any deal could be signed.\n\n';

const ordinaryWords = 'the talks went on while officials from both sides said that progress had been made on several points of the plan ';

/** Repeats `unit` until the body holds about `words` words. */
function words(unit: string, count: number): string {
  const perUnit = unit.trim().split(/\s+/).length;
  return unit.repeat(Math.ceil(count / perUnit));
}

/** The cases, at the sizes the reports gave for factor 1. */
export const worstCases: readonly WorstCase[] = [
  { name: 'prose', make: (s) => prose.repeat(60 * s) },
  { name: 'one sentence of 2,500 ordinary words', make: (s) => `${words(ordinaryWords, 2500 * s).trim()}.` },
  { name: 'He said " x 3,000', make: (s) => 'He said "'.repeat(3000 * s) },
  { name: '1, x 40,000, then a figure', make: (s) => `${'1,'.repeat(40_000 * s)}000 points on Friday.` },
  { name: 'relative days x 5,000', make: (s) => 'on Monday, Tuesday, the next day, a day earlier, '.repeat(5000 * s) },
  { name: 'capitalised words', make: (s) => 'Ivan Petrov Said Moscow Kremlin Trump Told Rubio Geneva '.repeat(1000 * s) },
  { name: 'nested brackets', make: (s) => `${'(Kyiv said ['.repeat(1500 * s)}${'])'.repeat(1500 * s)}` },
  { name: 'emoji and combining marks', make: (s) => 'Zelenskỳ said 🇺🇦 peace ́́ is near 👍🏽 "yes" '.repeat(1000 * s) },
];

/** A body of about `bytes` bytes made of one case (for the 1 MB article limit). */
export function sizedBody(worstCase: WorstCase, bytes: number): string {
  const unit = worstCase.make(1);
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}
