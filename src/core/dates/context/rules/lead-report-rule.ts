/**
 * The lead (the article's first sentence, or its second after an undated standfirst that does not
 * report) that reports without a date ("X does not rule out a
 * meeting, Peskov said"; "Rubio and Witkoff are holding talks in Geneva"; "Trump has slapped
 * sanctions on ...") tells the day's news: it is dated to the day of writing. Only a report verb,
 * or the present progressive or present perfect of a happening (a word of `happening-kinds.ts` after
 * the verb: "are holding talks", not "are figuring out how"), outside quotation marks, makes such a
 * lead; other present-tense leads are standfirsts that describe rather than report.
 */
import type { ContextRule, SentenceSituation } from '../rule.ts';
import { formatDay } from '../../calendar.ts';
import { isQuotedToken } from '../../../reading/read-articles.ts';
import { pastWords } from '../../../reading/words/tense-markers.ts';
import { findProgressive, isPerfectHappening } from '../../find-progressive.ts';
import { reportVerbs } from '../../words/report-verbs.ts';

const reports = new Set(reportVerbs);
const participles = new Set(pastWords);

/** Index of the first token that makes the lead a report, or -1. */
function reportAt(situation: SentenceSituation): number {
  const { reading } = situation;
  const { tokens } = reading;
  const progressive = findProgressive(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || isQuotedToken(reading, token)) continue;
    if (reports.has(token.lower) || i === progressive || isPerfectHappening(tokens, i, participles)) return i;
  }
  return -1;
}

export const leadReportRule: ContextRule = {
  name: 'lead-report',
  applies: (_, position) => position <= 1,
  find(situation) {
    // The second sentence leads only after an undated first one that did not report (a standfirst).
    if (situation.position === 1 && situation.window[0]?.days.length !== 0) return null;
    const at = reportAt(situation);
    if (at < 0) return null;
    const { tokens } = situation.reading;
    const last = tokens[at + 1]?.word && tokens[at]!.lower !== 'said' ? at + 1 : at;
    return {
      start: tokens[at]!.start,
      end: tokens[last]!.end,
      date: formatDay(situation.written, 'day'),
      precision: 'day',
      rule: leadReportRule.name,
    };
  },
};
