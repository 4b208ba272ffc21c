/** Rule: a clause with `this` standing for what was said before it (`President Trump also confirmed this today`). */
import { pointsWithThis } from '../../read-alone/back-reference-patterns.ts';
import type { ClauseRule } from '../clause-rule.ts';

export const pointsWithThisClause: ClauseRule = { name: 'points-with-this', fails: pointsWithThis };
