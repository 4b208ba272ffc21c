/** Rule: a clause that opens with a preposition and a relative word (`In what will be the first talks ...`). */
import type { ClauseRule } from '../clause-rule.ts';
import { RELATIVE_PREPOSITIONS } from '../words/clause-words.ts';

const relative = new RegExp(`^(?:${RELATIVE_PREPOSITIONS.join('|')})\\s+(?:what|which|whom|whose)\\b`, 'iu');

export const opensWithRelative: ClauseRule = { name: 'opens-with-relative', fails: (clause) => relative.test(clause) };
