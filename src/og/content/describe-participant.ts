/** A participant page's card: name, kind, first stated role, and how often the coverage quotes and names them. */
import type { Briefing, Participant, ParticipantKind } from '../../core/model.ts';
import type { ShareCard } from '../../lib/share-cards.ts';
import type { ParticipantContent } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { countStat, countText } from './count-stat.ts';

/** Kinds as readers see them (British spelling, as on the site). */
const KIND_LABELS: Record<ParticipantKind, string> = { person: 'Person', organization: 'Organisation', country: 'Country' };

/** The card of one participant; `quotes` is how many quotes the coverage attributes to them. */
export function describeParticipant(briefing: Briefing, settings: CardSettings, participant: Participant, quotes: number): ShareCard {
  const articles = new Set(participant.mentions.map((sentence) => sentence.split('#')[0] ?? '')).size;
  const role = participant.roles[0] ?? participant.affiliation ?? null;
  const kindLabel = KIND_LABELS[participant.kind];
  const content: ParticipantContent = {
    kind: 'participant',
    ...cardBase(briefing, settings, false),
    colour: briefing.topics.find((topic) => topic.role === 'participants')?.colour ?? null,
    name: participant.name,
    kindLabel,
    role,
    stats: [countStat(quotes, 'quote'), countStat(participant.mentions.length, 'mention'), countStat(articles, 'article')],
  };
  const counts = [countText(quotes, 'quote'), countText(participant.mentions.length, 'mention'), countText(articles, 'article')].join(', ');
  return {
    path: `participants/${participant.id}/`,
    image: `og/participants/${participant.id}.png`,
    type: 'website',
    alt: `Participant card: ${participant.name}, ${kindLabel.toLowerCase()}${role ? `, ${role}` : ''}. ${counts}.`,
    content,
  };
}
