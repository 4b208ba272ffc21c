/**
 * What a share card shows, as plain data with every text already formatted for reading. The template
 * draws exactly this and nothing else, so a hash of it (with the template version) identifies the image.
 * `ShareCard` is a page's card: this content with the page, image path and text alternative it belongs to.
 */
import type { TopicColour } from '../core/model.ts';

/** One number with what it counts (`14` / `articles`), or a short value such as a date range. */
export interface CardStat {
  /** The figure or value as shown (`14`, `Thu 27 Nov 2025`). */
  value: string;
  /** What it counts, already singular or plural (`articles`). */
  label: string;
}

/** A topic as a coloured label on the home card. */
export interface CardTopic {
  /** Topic id. */
  id: string;
  /** The topic's palette colour. */
  colour: TopicColour;
  /** Topic title. */
  title: string;
}

/** A sentence of news on a card, whole, with who published it, when, and its topic. */
export interface CardLead {
  /** The sentence as the article wrote it (chosen to stand alone and fit: never cut). */
  text: string;
  /** The outlet that published it. */
  outlet: string;
  /** Its publication day, formatted (`Thu 27 Nov 2025`). */
  date: string;
  /** The first topic it is filed under, or null. */
  topic: CardTopic | null;
}

/** Parts every card carries. */
interface CardBase {
  /** Briefing title, shown in the brand strip. */
  brand: string;
  /** `as of 27 November 2025`, or null when there are no articles. */
  asOf: string | null;
}

/** The briefing's front page. */
export interface HomeContent extends CardBase {
  kind: 'home';
  /** Briefing title. */
  title: string;
  /** Every topic, in topic order. */
  topics: CardTopic[];
  /** Coverage numbers: articles, independent sources, outlets, date range (drawn when there is no lead). */
  stats: CardStat[];
  /** The news: the newest line of where things stand, else the lead of the newest article; null with no articles. */
  lead: CardLead | null;
  /** Where the lead comes from: `stand` (where things stand) or `newest` (the newest article's lead). */
  leadFrom: 'stand' | 'newest';
}

/** One topic page. */
export interface TopicContent extends CardBase {
  kind: 'topic';
  /** Topic id. */
  topic: string;
  /** The topic's palette colour. */
  colour: TopicColour;
  /** Topic title. */
  title: string;
  /** The question the topic answers (drawn when there is no lead). */
  question: string;
  /** Sources, independent sources, newest report (drawn when there is no lead). */
  stats: CardStat[];
  /** Where the topic stands: its first sentence in the newest article that has one, or null. */
  lead: CardLead | null;
}

/** One participant page. */
export interface ParticipantContent extends CardBase {
  kind: 'participant';
  /** The colour of the topic about who takes part (`role: participants`), or null when there is none. */
  colour: TopicColour | null;
  /** Display name. */
  name: string;
  /** `Person`, `Organisation` or `Country`. */
  kindLabel: string;
  /** The first stated role, else the affiliation, else null. */
  role: string | null;
  /** Quotes, mentions, articles (drawn when there is no lead). */
  stats: CardStat[];
  /** Their latest statement, else the latest sentence that names them; null when there is neither. */
  lead: CardLead | null;
  /** Whether the lead is their own statement or only a sentence that mentions them. */
  leadKind: 'statement' | 'mention';
}

/** One source (article) page. */
export interface SourceContent extends CardBase {
  kind: 'source';
  /** Publication. */
  outlet: string;
  /** Headline. */
  headline: string;
  /** Publication date, formatted. */
  date: string;
  /** Wire service whose copy it carries, or null. */
  wire: string | null;
  /** The article's lead sentence, or null. */
  lead: string | null;
  /** The article's first topic, or null. */
  topic: CardTopic | null;
}

/** The timeline page. */
export interface TimelineContent extends CardBase {
  kind: 'timeline';
  /** Page title. */
  title: string;
  /** Events and date range. */
  stats: CardStat[];
  /** The latest happening: its date (at its precision), its line, who reported it first and its topic; null when there are none. */
  latest: { date: string; text: string; outlet: string; topic: CardTopic | null } | null;
}

/** A claim's page: one fact several sources report. */
export interface ClaimContent extends CardBase {
  kind: 'claim';
  /** The claim, as its first report words it. */
  summary: string;
  /** `Corroborated`, `Disputed`, `Updated`, `Single source` or `Spelled differently`. */
  status: string;
  /** `3 independent sources`. */
  sources: string;
  /** First reported, formatted (`Thu 14 Aug 2025`). */
  date: string;
  /** The claim's first topic, or null. */
  topic: CardTopic | null;
}

/** A section page (lists, search, about, not found), or any page without a card of its own. */
export interface SectionContent extends CardBase {
  kind: 'section';
  /** Small label above the title (`Section`). */
  eyebrow: string;
  /** Page title. */
  title: string;
  /** One or two sentences about the page. */
  text: string;
  /** Optional numbers. */
  stats: CardStat[];
}

/** Anything a card can show. */
export type CardContent = HomeContent | TopicContent | ParticipantContent | SourceContent | TimelineContent | ClaimContent | SectionContent;

/** One page's share card. */
export interface ShareCard {
  /** Page path below the base (`topics/territory/`; `''` for the home page). */
  path: string;
  /** Image path below the base (`og/topics/territory.png`). */
  image: string;
  /** Open Graph type: `article` for a source page, `website` for the rest. */
  type: 'website' | 'article';
  /** Text alternative: what the image says, in words. */
  alt: string;
  /** What the image shows, every text formatted; the renderer draws exactly this. */
  content: CardContent;
}
