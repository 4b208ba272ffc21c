/** Rule: a clause whose subject was left behind in its sentence (`Aims to address the war`): a verb in -s before `to`. */
import type { ClauseRule } from '../clause-rule.ts';
import { TO_VERBS } from '../words/clause-words.ts';

const verbFirst = new RegExp(`^(?:${TO_VERBS.join('|')})\\s+to\\b`, 'iu');

export const opensWithVerb: ClauseRule = { name: 'opens-with-verb', fails: (clause) => verbFirst.test(clause) };
