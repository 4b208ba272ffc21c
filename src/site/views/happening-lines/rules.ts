/** The clause rules, in the order they are asked; the first that fails a clause decides. */
import type { ClauseRule } from './clause-rule.ts';
import { endsMidThought } from './rules/ends-mid-thought.ts';
import { endsOnSaying } from './rules/ends-on-saying.ts';
import { opensWithBackRef } from './rules/opens-with-back-reference.ts';
import { opensWithParticiple } from './rules/opens-with-participle.ts';
import { opensWithPointer } from './rules/opens-with-pointer.ts';
import { opensWithRelative } from './rules/opens-with-relative.ts';
import { opensWithVerb } from './rules/opens-with-verb.ts';
import { pointsWithThisClause } from './rules/points-with-this.ts';

export const CLAUSE_RULES: readonly ClauseRule[] = [
  opensWithPointer,
  opensWithRelative,
  opensWithParticiple,
  opensWithVerb,
  opensWithBackRef,
  pointsWithThisClause,
  endsMidThought,
  endsOnSaying,
];

/** The name of the first rule a clause fails, or null when it reads alone. */
export function clauseProblem(clause: string): string | null {
  return CLAUSE_RULES.find((rule) => rule.fails(clause.trim()))?.name ?? null;
}
