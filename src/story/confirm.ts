/**
 * Asks a yes-or-no question on the terminal and reads one line of answer from standard input, which may
 * also be a pipe (`echo y | npm run new-story -- "Title"`). No answer at all counts as no.
 */
import { createInterface } from 'node:readline/promises';

/** True when the answer is y or yes, in any case. */
export async function confirm(question: string): Promise<boolean> {
  const reader = createInterface({ input: process.stdin, output: process.stderr });
  const closed = new Promise<string>((resolve) => reader.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([reader.question(question), closed]);
    return /^\s*y(?:es)?\s*$/i.test(answer);
  } finally {
    reader.close();
  }
}
