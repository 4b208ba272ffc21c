/**
 * Runs the figure rules over one sentence, in order; each stretch of text goes to the first
 * rule that claims it. Rules that only claim words (dates, names like F-16) run before the rules
 * that would misread them as counts.
 */
import type { FigureContext, FigureMention, FigureRule } from './rule.ts';
import { figureRules } from './rules.ts';

const overlaps = (a: FigureMention, b: FigureMention): boolean => a.start < b.end && b.start < a.end;

/** The figures of one sentence in text order (claimed non-figures removed). */
export function findFigureMentions(context: FigureContext, rules: readonly FigureRule[] = figureRules): FigureMention[] {
  const kept: FigureMention[] = [];
  for (const rule of rules) {
    for (const mention of rule.find(context)) {
      if (!kept.some((other) => overlaps(other, mention))) kept.push(mention);
    }
  }
  return kept.filter((mention) => mention.kind !== null).sort((a, b) => a.start - b.start);
}
