/**
 * The shape shared by the body-cleaning rules. Each rule looks at the whole body and either returns a
 * new state with what it removed, or null when it has nothing to do; the runner repeats the ordered list
 * until no rule applies, so rules can expose work for each other (a dateline between two headline repeats).
 */

/** What the rules work on. */
export interface CleanState {
  /** The article's headline, already cleaned. */
  headline: string;
  /** Body paragraphs, in order. */
  paragraphs: readonly string[];
  /** True when paragraphs are Markdown (an `.md` input), false when they are plain text. */
  markdown: boolean;
  /** Dateline found in the body (`WASHINGTON`), or null. */
  dateline: string | null;
  /** Wire service found in the body's credit (`Reuters`), or null. */
  wire: string | null;
}

/** One thing a rule removed, for the ingest report and `--show-removed`. */
export interface Removal {
  /** What it was, singular (`advertisement line`, `headline repeat`, `dateline`). */
  kind: string;
  /** The removed text as it stood in the body. */
  text: string;
  /** Why it went: the rule's name, and the pattern for word-list rules. */
  reason: string;
  /** What was kept of it as a field (`GENEVA (Reuters)`), or null. */
  kept: string | null;
}

/** A rule's change: the new state and one entry per thing removed. */
export interface CleanStep {
  /** The state after the rule. */
  state: CleanState;
  /** What was removed, in order. */
  removed: Removal[];
}

/** One named cleaning rule. */
export interface CleanRule {
  /** Kebab-case name, as in the rule's file name. */
  name: string;
  /** Returns the change, or null when the rule does not apply. */
  apply: (state: CleanState) => CleanStep | null;
}
