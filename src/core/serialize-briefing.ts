import type { Briefing } from './model.ts';

/** The briefing as `briefing.json`: stable key order (the model's), two-space indent, one trailing newline. */
export function serializeBriefing(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}
