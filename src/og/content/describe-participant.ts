/**
 * A participant page's card: name, kind, first stated role, and their latest statement with its outlet, day and
 * topic; when the coverage attributes none to them, the latest sentence that names them.
 */
import type { Article, Briefing, Participant, ParticipantKind, Sentence } from '../../core/model.ts';
import type { ParticipantContent, ShareCard } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { chooseLead, leadOf } from './choose-lead.ts';
import { countStat, countText } from './count-stat.ts';
import { articleOf } from '../../core/ids.ts';

/** Kinds as readers see them (British spelling, as on the site). */
const KIND_LABELS: Record<ParticipantKind, string> = { person: 'Person', organization: 'Organisation', country: 'Country' };

/** A participant's statements, newest article first then in reading order, as their sentences and articles. */
export type StatementSentences = readonly { sentence: Sentence; article: Article }[];

/** The lead among sentences of the newest article that has any. */
function newestLead(briefing: Briefing, candidates: StatementSentences) {
  const newest = candidates[0]?.article;
  const chosen = chooseLead(
    candidates.filter((candidate) => candidate.article === newest).map((candidate) => ({ ...candidate, text: candidate.sentence.text })),
  );
  return chosen ? leadOf(briefing, chosen.sentence, chosen.article) : null;
}

/**
 * The card of one participant; `quotes` is how many quotes the coverage attributes to them, `statements` their
 * statements and `mentions` the sentences naming them, each newest article first. The lead is taken from the
 * newest article with a statement, else from the newest article that names them.
 */
export function describeParticipant(
  briefing: Briefing,
  settings: CardSettings,
  participant: Participant,
  quotes: number,
  statements: StatementSentences = [],
  mentions: StatementSentences = [],
): ShareCard {
  const stated = newestLead(briefing, statements);
  const lead = stated ?? newestLead(briefing, mentions);
  const articles = new Set(participant.mentions.map(articleOf)).size;
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
    lead,
    leadKind: stated ? 'statement' : 'mention',
  };
  const counts = [countText(quotes, 'quote'), countText(participant.mentions.length, 'mention'), countText(articles, 'article')].join(', ');
  return {
    path: `participants/${participant.id}/`,
    image: `og/participants/${participant.id}.png`,
    type: 'website',
    alt: `Participant card: ${participant.name}, ${kindLabel.toLowerCase()}${role ? `, ${role}` : ''}. ${lead ? `${stated ? 'Latest statement' : 'Latest mention'}: “${lead.text}” ${lead.outlet}, ${lead.date}.` : `${counts}.`}`,
    content,
  };
}
