/** Rule: a clause that ends on a verb of saying, with at most two words after it (`Politico reported`, `told European allies`). */
import type { ClauseRule } from '../clause-rule.ts';
import { SAYING_VERBS } from '../words/clause-words.ts';

const saying = new RegExp(`\\b(?:${SAYING_VERBS.join('|')})(?:\\s+[\\p{L}'’-]+){0,2}[\\s,.;:]*$`, 'iu');

export const endsOnSaying: ClauseRule = { name: 'ends-on-saying', fails: (clause) => saying.test(clause) };
