/**
 * Numbers that name rather than count: model and group names ("F-16", "G7", "S-400",
 * "COVID-19"), numbered things ("Article 5", "No. 10"), ordinals ("7th"), "one-on-one" and
 * "three-way" meetings, ages ("45-year-old"), and list markers at the start of a sentence ("1.", "(2)").
 */
import { notAFigure, type FigureContext, type FigureMention, type FigureRule } from '../rule.ts';
import { digit } from '../number-pattern.ts';

/** Each pattern with something every match of it contains, tested first because it is much cheaper. */
const patterns: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b\p{L}+-?\d+\p{L}*\b/gu, digit],
  [
    /\b(?:Article|Section|Chapter|Resolution|No\.|Number|Point|Paragraph|Flight|Route|Highway|Brigade|Division|Regiment|Phase|Stage|Round|Level|Category|Gate|Unit)\s+\d+\b/g,
    digit,
  ],
  [/\b\d+(?:st|nd|rd|th)\b/g, digit],
  [/\b[\p{L}\d]+-on-[\p{L}\d]+\b/gu, /-on-/],
  [/\b[\p{L}\d]+-way\b/gu, /-way/],
  [/\b[\p{L}\d]+-years?-old\b/gu, /-year/],
  [/^\s*\(?\d{1,2}[.)](?=\s)/g, digit],
];

function find(context: FigureContext): FigureMention[] {
  const found: FigureMention[] = [];
  for (const [pattern, needed] of patterns) {
    if (!needed.test(context.text)) continue;
    for (const match of context.text.matchAll(pattern)) found.push(notAFigure(match.index, match.index + match[0].length));
  }
  return found;
}

export const identifierRule: FigureRule = { name: 'identifier', find };
