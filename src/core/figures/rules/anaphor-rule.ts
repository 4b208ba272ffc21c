/**
 * "The two sides", "the three leaders": a small number after "the" points back to people or
 * things already named, it does not report a count. Claims those words so that no later rule
 * reads them as a figure.
 */
import { notAFigure, type FigureContext, type FigureMention, type FigureRule } from '../rule.ts';

const pattern = /\bthe\s+(?:two|three|four)\b(?!\s*(?:%|percent\b|per cent\b|-))/gi;

function find(context: FigureContext): FigureMention[] {
  return [...context.text.matchAll(pattern)].map((match) => notAFigure(match.index, match.index + match[0].length));
}

export const anaphorRule: FigureRule = { name: 'anaphor', find };
