/**
 * Keys of the pages of one thing: an article's source page, a participant's page, the pages of a claim's reports.
 * Each lists what its page (`src/pages/...`) renders; see `page-key.ts`.
 */
import type { Article, Claim } from '../../core/model.ts';
import { briefing, index } from '../data/briefing.ts';
import type { ClaimSource } from '../views/claim-sources.ts';
import { pagePath } from '../views/pages.ts';
import { participantView } from '../views/participant-view.ts';
import { supportedClaims } from '../views/supported-claims.ts';
import { pageKey } from './page-key.ts';
import { articleRef, claimCardRef, participantRef, viewRef } from './refs.ts';

/**
 * `sources/[slug]`: the whole article, the speaker of every quote in it, who it names, and the cards of the
 * claims it supports (`supportedClaims`).
 */
export function sourcePageKey(article: Article): string {
  return pageKey('source', `sources/${article.id}/`, () => [
    article,
    article.sentences.map((sentence) => [
      (index.quotesBySentence.get(sentence.id) ?? []).map((quote) =>
        quote.speaker === null ? null : participantRef(index.participant.get(quote.speaker)),
      ),
      sentence.participants.map((id) => participantRef(index.participant.get(id))),
    ]),
    supportedClaims(index, article).map(({ claim, sentence }) => [claimCardRef(index, claim), sentence.id]),
  ]);
}

/**
 * `participants/[id]`: the participant whole (the page counts their mentions and lists their roles' sentences),
 * their quotes, statements, appearances by month over the briefing's range of dates, and companions.
 */
export function participantPageKey(id: string): string {
  return pageKey('participant', `participants/${id}/`, () => {
    const view = participantView(briefing, index, id);
    return [view.participant, index.dateRange, viewRef(index, view)];
  });
}

/** `claims/[id]/[...page]`: the claim and one page of its reports with their articles. */
export function claimPageKey(claim: Claim, sources: readonly ClaimSource[], current: number, last: number): string {
  return pageKey('claim', pagePath(`claims/${claim.id}/`, current), () => [
    claim,
    current,
    last,
    sources.map(({ sentence, article }) => [sentence.id, sentence.text, articleRef(article)]),
  ]);
}
