/**
 * Rule: a participle clause with no subject (`Speaking after Wednesday's meeting`): an -ing word followed by a
 * preposition. A capitalised name ending in -ing (Beijing) is rarely followed by one at a clause's start.
 */
import type { ClauseRule } from '../clause-rule.ts';
import { RELATIVE_PREPOSITIONS } from '../words/clause-words.ts';

const participle = new RegExp(`^\\p{Lu}\\p{Ll}+ing\\s+(?:${[...RELATIVE_PREPOSITIONS, 'to', 'about', 'during', 'as'].join('|')})\\b`, 'u');

export const opensWithParticiple: ClauseRule = { name: 'opens-with-participle', fails: (clause) => participle.test(clause) };
