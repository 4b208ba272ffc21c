/** A claim page's card: the claim as first reported, its status, how many independent sources report it, since when, and its topic. */
import type { Briefing, Claim } from '../../core/model.ts';
import { formatDate } from '../../format/format-date.ts';
import type { ClaimContent, ShareCard } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { cardTopic } from './choose-lead.ts';
import { countText } from './count-stat.ts';
import { claimStatusLabel } from '../../site/views/claim-sources.ts';

/** The card of one claim page. */
export function describeClaim(briefing: Briefing, settings: CardSettings, claim: Claim): ShareCard {
  const content: ClaimContent = {
    kind: 'claim',
    ...cardBase(briefing, settings),
    summary: claim.summary,
    status: claimStatusLabel(claim),
    sources: countText(claim.independentSources, 'independent source'),
    date: formatDate(claim.firstReported),
    topic: cardTopic(briefing, claim.topics[0]),
  };
  return {
    path: `claims/${claim.id}/`,
    image: `og/claims/${claim.id}.png`,
    type: 'website',
    alt: `Claim card: “${claim.summary}” ${content.status}, ${content.sources}, first reported ${content.date}.`,
    content,
  };
}
