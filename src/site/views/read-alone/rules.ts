/** The context rules, in the order they are asked: a quotation's beginning first, then the ways a sentence points back. */
import type { ContextRule } from './context-rule.ts';
import { continuesQuote } from './rules/continues-quote.ts';
import { namesWhatCameBefore } from './rules/names-what-came-before.ts';
import { opensWithBackReference } from './rules/opens-with-back-reference.ts';
import { pointsWithThis } from './rules/points-with-this.ts';

export const CONTEXT_RULES: readonly ContextRule[] = [continuesQuote, opensWithBackReference, namesWhatCameBefore, pointsWithThis];
