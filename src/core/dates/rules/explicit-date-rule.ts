/**
 * Calendar dates with a month name, read by chrono-node: "Nov. 25", "Aug 15", "in May",
 * "February 2022", "the Feb. 24, 2022, invasion". Only results that name a month are kept, so
 * times of day ("11.30 a.m."), relative words and slashed numbers ("2/3") never become dates.
 * A missing year is chosen by nearness and tense, not by chrono's own guess.
 */
import * as chrono from 'chrono-node';
import { formatDay, toDayNumber } from '../calendar.ts';
import { chooseYear } from '../choose-year.ts';
import type { DateContext, DateMention, DateRule } from '../rule.ts';
import { decideTense } from '../decide-tense.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { widenEvidence } from '../widen-evidence.ts';
import { happeningNouns } from '../words/happening-kinds.ts';
import { monthNames, monthPattern } from '../words/months.ts';
import { cue, hasCue } from '../sentence-words.ts';

const monthWords = cue(Object.keys(monthNames));

const msPerDay = 86_400_000;
/** A capitalised month name or abbreviation ("May" the month, not "may" the verb). */
const monthWord = new RegExp(`(?<![\\p{L}])(?:${monthPattern})(?![\\p{L}])`, 'giu');

/** A month alone is a date only after a word that makes it one ("in May", not "the March on ..."). */
const monthLead = /\b(?:in|since|by|until|till|from|of|during|through|early|late|mid|last|next|this|before|after)[\s-]+$/i;
/** ... or as the adjective of a happening after an article ("an August meeting", "the November talks"). */
const articleLead = /\b(?:a|an|the|their|his|her|its)\s+$/i;
const happening = new Set(happeningNouns);

/** True when the month at [from, to) is used as a date. */
function usedAsDate(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 24), from);
  if (monthLead.test(before)) return true;
  const next = /^\s+([a-z]+)/.exec(text.slice(to, to + 24))?.[1];
  return articleLead.test(before) && next !== undefined && happening.has(next);
}

function namesMonth(text: string): boolean {
  // `exec` on the one global pattern: `matchAll` would copy it for every sentence.
  monthWord.lastIndex = 0;
  for (let match = monthWord.exec(text); match !== null; match = monthWord.exec(text)) if (/^[A-Z]/.test(match[0])) return true;
  return false;
}

function find(context: DateContext): DateMention[] {
  if (!hasCue(context.words.capitalisedCues, monthWords)) return [];
  const instant = new Date(context.published * msPerDay);
  const results = chrono.en.parse(context.text, { instant, timezone: 0 }, { forwardDate: false });
  const mentions: DateMention[] = [];
  for (const result of results) {
    const start = result.start;
    if (!namesMonth(result.text) || !start.isCertain('month')) continue;
    const month = start.get('month') ?? 1;
    const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
    const from = result.index;
    const to = from + result.text.replace(/[^\p{L}\p{N}.]+$/u, '').length; // chrono keeps a trailing comma
    const tense = decideTense(context.tokens, tokenAt(context.tokens, from), tokenAt(context.tokens, to - 1));
    const year = start.isCertain('year') ? (start.get('year') ?? 0) : chooseYear(context.published, month, day, tense);
    const precision = day === null ? 'month' : 'day';
    if (!start.isCertain('year') && day === null && !usedAsDate(context.text, from, to)) continue;
    mentions.push({
      start: widenEvidence(context.tokens, from),
      end: to,
      date: formatDay(toDayNumber(year, month, day ?? 1), precision),
      precision,
      rule: explicitDateRule.name,
    });
  }
  return mentions;
}

export const explicitDateRule: DateRule = { name: 'explicit-date', find };
