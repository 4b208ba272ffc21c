/**
 * A sentence that tells, in the simple past, what "the talks", "the discussions" or "the call" did
 * or what was done to them ("The White House said the daylong discussions produced ...", "Umerov
 * described the talks as ...") takes the day of the nearest of the three sentences before that has
 * a day up to the day of writing, when that sentence tells a happening of the same kind (see
 * `words/happening-kinds.ts`): "... held talks in Geneva on Sunday". A phrase after a preposition
 * of time ("stalled since the summit") is a time, not the happening told, and is left alone.
 */
import { formatDay } from '../../calendar.ts';
import type { ContextRule, SentenceSituation } from '../rule.ts';
import { tenseOf } from '../../decide-tense.ts';
import { kindOf } from '../../kind-of.ts';
import { happeningNouns } from '../../words/happening-kinds.ts';
import { reportVerbs } from '../../words/report-verbs.ts';
import type { Token } from '../../../reading/tokenize.ts';
import { perSentenceText } from '../../per-sentence-text.ts';

const nouns = new Set(happeningNouns);
const reports = new Set(reportVerbs);
const perfect = new Set(['has', 'have', 'had', 'been']);

/** A simple past verb: a past form not after "has", "have" or "had" (bounded: one token back). */
function isSimplePast(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.word || tenseOf(token) !== 'past' || perfect.has(token.lower)) return false;
  return !perfect.has(tokens[i - 1]?.lower ?? '') && !/^(since|ago|earlier|previously|already|last)$/.test(token.lower);
}

/** The kinds of happening a sentence's words tell, once per distinct text. */
const kindsIn = perSentenceText((tokens) => {
  const kinds = new Set<string>();
  for (const token of tokens) {
    const kind = token.word ? kindOf(token.lower) : null;
    if (kind !== null) kinds.add(kind);
  }
  return kinds;
});

/** The nearest earlier sentence's first day up to the day of writing, when it tells a happening of `kind`. */
function antecedentDay(situation: SentenceSituation, kind: string): number | null {
  for (const earlier of situation.window) {
    const day = earlier.days.find((d) => d <= situation.written);
    if (day === undefined) continue;
    return kindsIn(earlier.reading.tokens).has(kind) ? day : null;
  }
  return null;
}

/** The first "the ... <happening noun>" next to a simple past verb, with its kind, once per distinct text. */
const definitePhrase = perSentenceText((tokens): { first: number; last: number; kind: string } | null => {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    // "the talks", "the daylong discussions": at most two words between.
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.word) break;
      if (!nouns.has(token.lower)) continue;
      const kind = kindOf(token.lower);
      // A verb before it must act on it ("described the talks"), not report a clause ("said the talks would").
      const acted = isSimplePast(tokens, i - 1) && !reports.has(tokens[i - 1]!.lower);
      if (kind === null || !(isSimplePast(tokens, k + 1) || acted)) break;
      return { first: i, last: k, kind };
    }
  }
  return null;
});

export const definiteHappeningRule: ContextRule = {
  name: 'definite-happening',
  applies: (reading) => definitePhrase(reading.tokens) !== null,
  find(situation) {
    const { tokens } = situation.reading;
    const phrase = definitePhrase(tokens);
    const day = phrase === null ? null : antecedentDay(situation, phrase.kind);
    if (phrase === null || day === null) return null;
    return {
      start: tokens[phrase.first]!.start,
      end: tokens[phrase.last]!.end,
      date: formatDay(day, 'day'),
      precision: 'day',
      rule: definiteHappeningRule.name,
    };
  },
};
