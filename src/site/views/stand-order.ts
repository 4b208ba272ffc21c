/**
 * How "Where things stand" and the key points choose what comes first: recency, then change, independent
 * sources and holder prominence, as ordered lists of named rules. The about page prints their `explains`.
 */
import type { Claim } from '../../core/model.ts';
import { ascending, descending, type OrderRule } from './order-rule.ts';
import { MAIN_HOLDERS } from './holder-prominence.ts';
import { dayNumber, weekStart } from './time-scale.ts';

/** A statement that could lead a topic. */
export interface StatementCandidate {
  /** Sentence id. */
  sentence: string;
  /** Position of the sentence in its article (1 = first). */
  position: number;
  /** Publication day of its article. */
  published: string;
  /** Holder's rank by number of statements (0 = most). */
  rank: number;
}

/** A fact (a claim with more than one source, or one that changed) that could state where a topic stands. */
export interface FactCandidate {
  claim: Claim;
  /** The newest publication day among its reports. */
  newest: string;
}

const changed = (claim: Claim): number => (claim.status === 'updated' || claim.status === 'disputed' ? 0 : 1);

export const STATEMENT_ORDER: readonly OrderRule<StatementCandidate>[] = [
  { name: 'newest', explains: 'The newest article first.', compare: (a, b) => descending(a.published, b.published) },
  {
    name: 'main-holder',
    explains: `From articles of the same day, a statement by one of the ${MAIN_HOLDERS} participants the articles give most statements for (with any that have as many as the last of them) comes first.`,
    compare: (a, b) => Number(a.rank >= MAIN_HOLDERS) - Number(b.rank >= MAIN_HOLDERS),
  },
  {
    name: 'earlier-in-article',
    explains: 'Then the sentence nearer the top of its article, where news reports put what matters most.',
    compare: (a, b) => a.position - b.position,
  },
  { name: 'more-statements', explains: 'Then the participant with more statements.', compare: (a, b) => a.rank - b.rank },
  { name: 'sentence-id', explains: '', compare: (a, b) => ascending(a.sentence, b.sentence) },
];

export const FACT_ORDER: readonly OrderRule<FactCandidate>[] = [
  { name: 'newest', explains: 'The fact reported most recently first.', compare: (a, b) => descending(a.newest, b.newest) },
  {
    name: 'changed',
    explains:
      'Reported on the same day, a figure or position that changed over time, or on which sources disagree, before one they agree on.',
    compare: (a, b) => changed(a.claim) - changed(b.claim),
  },
  {
    name: 'more-sources',
    explains: 'Then the fact with more independent sources.',
    compare: (a, b) => b.claim.independentSources - a.claim.independentSources,
  },
  { name: 'claim-id', explains: '', compare: (a, b) => ascending(a.claim.id, b.claim.id) },
];

const week = (day: string): number => weekStart(dayNumber(day));

export const KEY_POINT_ORDER: readonly OrderRule<FactCandidate>[] = [
  { name: 'newest-week', explains: 'Facts reported in a later week first.', compare: (a, b) => week(b.newest) - week(a.newest) },
  {
    name: 'changed',
    explains: 'Within a week, a figure or position that changed or is disputed first.',
    compare: (a, b) => changed(a.claim) - changed(b.claim),
  },
  {
    name: 'more-sources',
    explains: 'Then the fact with more independent sources.',
    compare: (a, b) => b.claim.independentSources - a.claim.independentSources,
  },
  { name: 'newest', explains: 'Then the one reported last.', compare: (a, b) => descending(a.newest, b.newest) },
  { name: 'claim-id', explains: '', compare: (a, b) => ascending(a.claim.id, b.claim.id) },
];
