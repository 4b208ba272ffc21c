/** Rule: a clause that opens with a pronoun or relative word (`Who hosted Wednesday's meeting`, `We'll know tomorrow`). */
import type { ClauseRule } from '../clause-rule.ts';
import { OPENING_POINTERS } from '../words/clause-words.ts';

const pointer = new RegExp(`^[\\s“"‘']*(?:${OPENING_POINTERS.join('|')})(?:['’]\\w+)?\\b`, 'iu');

export const opensWithPointer: ClauseRule = { name: 'opens-with-pointer', fails: (clause) => pointer.test(clause) };
