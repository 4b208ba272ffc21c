/**
 * A number before the noun it counts: "50,000 troops", "two possible venues", "three clauses
 * of the draft treaty", "one person", "four regions". The noun must be plural (or a
 * people word such as "person"), so "one European diplomat" or "the other two" are not figures.
 */
import type { FigureContext, FigureMention, FigureRule } from '../rule.ts';
import { tokenAt } from '../../reading/tokenize.ts';
import { parseCount } from '../parse-count.ts';
import { amountPattern, mayHoldCount, numberStart, qualifierPattern } from '../number-pattern.ts';
import { phraseAfter } from '../noun-phrase.ts';
import { unitKind } from '../unit-kind.ts';

const pattern = new RegExp(`${qualifierPattern}${numberStart}(${amountPattern})\\b(?![-%])`, 'giu');

function find(context: FigureContext): FigureMention[] {
  const found: FigureMention[] = [];
  if (!mayHoldCount(context.text)) return found;
  for (const match of context.text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const phrase = phraseAfter(context.tokens, tokenAt(context.tokens, end)).text;
    const head = phrase.split(' of ')[0]!.split(' ').at(-1) ?? '';
    const people = unitKind(head) === 'people';
    const single = parseCount(match[2] ?? '') === 1;
    const plural = /[^s]s$/.test(head);
    if (!head || (single && !people) || (!single && !plural && !people)) continue;
    found.push({ start: match.index, end, value: match[0], about: phrase, kind: people ? 'people' : 'count' });
  }
  return found;
}

export const countedNounRule: FigureRule = { name: 'counted-noun', find };
