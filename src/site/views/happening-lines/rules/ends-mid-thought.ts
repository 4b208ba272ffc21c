/** Rule: a clause cut before its end (`... now wants to meet him face-to-face to`). */
import type { ClauseRule } from '../clause-rule.ts';
import { DANGLING_ENDS } from '../words/clause-words.ts';

const dangling = new RegExp(`\\b(?:${DANGLING_ENDS.join('|')})[\\s,;:]*$`, 'iu');

export const endsMidThought: ClauseRule = { name: 'ends-mid-thought', fails: (clause) => dangling.test(clause) };
