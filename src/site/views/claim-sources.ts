/**
 * A claim card lists a few of its sources; a claim with more has a page of its own that lists them all,
 * oldest report first.
 */
import type { Article, Briefing, Claim, Sentence } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence } from './selectors.ts';
import { PAGE_SIZE, pagesOf } from './pages.ts';

/** How each claim status reads on a page. */
export const CLAIM_STATUS: Readonly<Record<Claim['status'], string>> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  updated: 'Updated',
};

/** How a claim's status reads on a page: a name the sources spell differently reads as such, not as a disputed fact. */
export function claimStatusLabel(claim: Claim): string {
  return claim.kind === 'spelling' ? 'Spelled differently' : CLAIM_STATUS[claim.status];
}

/** The class of a claim's status badge: a spelling is not coloured as a dispute. */
export function claimBadgeClass(claim: Claim): string {
  return `badge status-${claim.kind === 'spelling' ? 'spelling' : claim.status}`;
}

/** The words around a claim's values: side by side when reports differ, in order when a later value superseded an earlier one. */
export function claimValuesWording(claim: Claim): { lead: string; between: string } {
  if (claim.kind === 'spelling') return { lead: 'Spellings, each with the first source to use it:', between: ' · ' };
  return claim.status === 'updated' ? { lead: 'Reported over time:', between: ' → ' } : { lead: 'Reports differ:', between: ' vs ' };
}

/** Sources a claim card lists before it links to the claim's page. */
export const CARD_SOURCES = 3;

/** One report of a claim: the sentence and its article. */
export interface ClaimSource {
  sentence: Sentence;
  article: Article;
}

/** Whether a claim lists more sources than a card shows, and so has its own page. */
export function hasClaimPage(claim: Claim): boolean {
  return claim.sentences.length > CARD_SOURCES;
}

/** Claims with a page of their own, in the briefing's order. */
export function claimsWithPages(briefing: Briefing): Claim[] {
  return briefing.claims.filter(hasClaimPage);
}

/** Every report of a claim, oldest first (then by sentence id), in pages of `PAGE_SIZE.claimSources`. */
export function claimSourcePages(index: BriefingIndex, claim: Claim): ClaimSource[][] {
  const sources = claim.sentences
    .map((id) => ({ sentence: index.sentence.get(id), article: articleOfSentence(index, id) }))
    .filter((row): row is ClaimSource => row.sentence !== undefined && row.article !== undefined)
    .sort((a, b) =>
      a.article.published !== b.article.published
        ? a.article.published < b.article.published
          ? -1
          : 1
        : a.sentence.id < b.sentence.id
          ? -1
          : 1,
    );
  return pagesOf(sources, PAGE_SIZE.claimSources);
}
