/** Builds cleaning states for the rule tables. */
import type { CleanRule, CleanState } from '../../src/ingest/clean/clean-rule.ts';

/** The headline the rule tables clean against (wire-style, not from a seed). */
export const HEADLINE = 'Witkoff and Kushner fly to Moscow for talks with Putin';

/** A plain-text state with `paragraphs`, no dateline or wire yet. */
export function state(paragraphs: string[], extra: Partial<CleanState> = {}): CleanState {
  return { headline: HEADLINE, paragraphs, markdown: false, dateline: null, wire: null, ...extra };
}

/** Paragraphs after one application of `rule` (unchanged when it does not apply). */
export function applyOnce(rule: CleanRule, paragraphs: string[], extra: Partial<CleanState> = {}): string[] {
  const step = rule.apply(state(paragraphs, extra));
  return step ? [...step.state.paragraphs] : paragraphs;
}
