/** Picks the template for a card's kind: card content in, satori element tree out. */
import type { CardContent } from '../card-content.ts';
import type { CardElement } from './h.ts';
import { claimCard } from './claim-card.ts';
import { homeCard } from './home-card.ts';
import { participantCard } from './participant-card.ts';
import { sectionCard } from './section-card.ts';
import { sourceCard } from './source-card.ts';
import { timelineCard } from './timeline-card.ts';
import { topicCard } from './topic-card.ts';

/** The element tree of any card. */
export function cardElement(content: CardContent): CardElement {
  switch (content.kind) {
    case 'home':
      return homeCard(content);
    case 'topic':
      return topicCard(content);
    case 'participant':
      return participantCard(content);
    case 'source':
      return sourceCard(content);
    case 'timeline':
      return timelineCard(content);
    case 'claim':
      return claimCard(content);
    case 'section':
      return sectionCard(content);
  }
}
