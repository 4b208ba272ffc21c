/**
 * Part of a named month: "mid-November", "early December", "late August 2024", "the end of March".
 * Month precision; without a year, the year is chosen by nearness and tense.
 */
import { toDayNumber, formatDay } from '../calendar.ts';
import { chooseYear } from '../choose-year.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { widenEvidence } from '../widen-evidence.ts';
import { monthNames, monthPattern } from '../words/months.ts';
import { cue, hasCue } from '../sentence-words.ts';

const pattern = new RegExp(
  `\\b(?:early|mid|late|the (?:end|beginning|start|middle) of)[- ]?(${monthPattern})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
);

const parts = cue(['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle']);

function find(context: DateContext): DateMention[] {
  const mentions: DateMention[] = [];
  if (!hasCue(context.words.cues, parts)) return mentions;
  for (const match of context.text.matchAll(pattern)) {
    const name = match[1] ?? '';
    const month = monthNames[name.toLowerCase()];
    if (month === undefined || name[0] !== name[0]?.toUpperCase()) continue;
    const start = match.index;
    const end = start + match[0].length;
    const first = tokenAt(context.tokens, start);
    const last = tokenAt(context.tokens, end - 1);
    const year = match[2] ? Number(match[2]) : chooseYear(context.published, month, null, decideTense(context.tokens, first, last));
    mentions.push({
      start: widenEvidence(context.tokens, start),
      end,
      date: formatDay(toDayNumber(year, month, 1), 'month'),
      precision: 'month',
      rule: partOfMonthRule.name,
    });
  }
  return mentions;
}

export const partOfMonthRule: DateRule = { name: 'part-of-month', find };
