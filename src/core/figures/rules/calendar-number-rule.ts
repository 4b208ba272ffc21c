/**
 * Numbers that are parts of dates, and years, are not figures: "Nov. 25", "24 August",
 * "February 2022", "since 2019", "the 1990s", "2/3". A four-digit number followed by a
 * counted noun ("2000 troops") stays a figure.
 */
import { notAFigure, type FigureContext, type FigureMention, type FigureRule } from '../rule.ts';
import { monthPattern } from '../../dates/words/months.ts';
import { digit } from '../number-pattern.ts';
import { countedNouns } from '../words/units.ts';

const month = `(?:${monthPattern})\\.?`;
const patterns = [
  new RegExp(`\\b${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}(?:\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${month}\\s+\\d{4}\\b`, 'gi'),
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
];
const year = /(?<![\d,.])\b((?:1[89]|20)\d\ds?)\b(?![-,.]?\d|%|\s*per\s*cent)(?:\s+([a-z]+))?/g;
const counted = new Set(countedNouns);

function find(context: FigureContext): FigureMention[] {
  const found: FigureMention[] = [];
  if (!digit.test(context.text)) return found; // every pattern needs a digit
  for (const pattern of patterns) {
    for (const match of context.text.matchAll(pattern)) {
      const name = /^\d/.test(match[0]) ? match[0].replace(/^[\d\s]+(?:st|nd|rd|th)?\s*/, '') : match[0];
      if (!/^[A-Z]/.test(name)) continue; // "may", "march" in lower case are verbs
      found.push(notAFigure(match.index, match.index + match[0].length));
    }
  }
  for (const match of context.text.matchAll(year)) {
    if (match[2] !== undefined && counted.has(match[2].toLowerCase())) continue;
    found.push(notAFigure(match.index, match.index + (match[1] ?? '').length));
  }
  return found;
}

export const calendarNumberRule: FigureRule = { name: 'calendar-number', find };
