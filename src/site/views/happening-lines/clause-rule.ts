/** A rule that tells whether a happening's clause cannot be read alone as a timeline line. */
export interface ClauseRule {
  /** Kebab-case name, for tests. */
  name: string;
  /** True when the clause does not make sense without its sentence. */
  fails: (clause: string) => boolean;
}
