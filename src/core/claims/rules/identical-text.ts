/**
 * Rule: the same sentence in two articles at the same time is one report (wire copy, or an outlet
 * quoting another word for word), whatever it says. Three shared content tokens keep out stock
 * phrases ("It is what it is.").
 */
import type { LinkRule } from '../rule.ts';

export const identicalText: LinkRule = {
  name: 'identical-text',
  kind: 'same',
  fact: 'copy',
  accepts: (pair) => pair.identical && pair.timesMeet && pair.shared >= 3,
};
