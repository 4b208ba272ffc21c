/**
 * Numbers that name rather than count: model and group names ("F-16", "G7", "S-400",
 * "COVID-19"), numbered things ("Article 5", "No. 10"), ordinals ("7th"), "one-on-one" and
 * "three-way" meetings, ages ("45-year-old"), and list markers at the start of a sentence ("1.", "(2)").
 */
import { notAFigure, type FigureContext, type FigureMention, type FigureRule } from '../figure-rule.ts';

const patterns = [
  /\b\p{L}+-?\d+\p{L}*\b/gu,
  /\b(?:Article|Section|Chapter|Resolution|No\.|Number|Point|Paragraph|Flight|Route|Highway|Brigade|Division|Regiment|Phase|Stage|Round|Level|Category|Gate|Unit)\s+\d+\b/g,
  /\b\d+(?:st|nd|rd|th)\b/g,
  /\b[\p{L}\d]+-on-[\p{L}\d]+\b/gu,
  /\b[\p{L}\d]+-way\b/gu,
  /\b[\p{L}\d]+-years?-old\b/gu,
  /^\s*\(?\d{1,2}[.)](?=\s)/g,
];

function find(context: FigureContext): FigureMention[] {
  return patterns.flatMap((pattern) =>
    [...context.text.matchAll(pattern)].map((match) => notAFigure(match.index, match.index + match[0].length)),
  );
}

export const identifierRule: FigureRule = { name: 'identifier', find };
