/** Rule: a clause that opens by pointing back or carrying on (`That has killed tens of thousands`, `But ...`). */
import { opensWithBackReference } from '../../read-alone/back-reference-patterns.ts';
import type { ClauseRule } from '../clause-rule.ts';

export const opensWithBackRef: ClauseRule = { name: 'opens-with-back-reference', fails: opensWithBackReference };
