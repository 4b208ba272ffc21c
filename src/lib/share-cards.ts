/**
 * Share cards (Open Graph images) for every page: which image a page shows when its link is shared,
 * what that image says, and its text alternative. Pure: the briefing and settings in, card data out;
 * drawing the images is `src/og/`'s job, driven by the integration (`src/integration/`) in a build and by the
 * `og/[...card].png` route in dev.
 */
import type { Briefing } from '../core/model.ts';
import type { CardContent } from '../og/card-content.ts';
import type { CardSettings } from '../og/content/card-base.ts';
import { describeHome, homeCardBriefAlt } from '../og/content/describe-home.ts';
import { describeParticipant } from '../og/content/describe-participant.ts';
import { describeSection } from '../og/content/describe-section.ts';
import { describeSource } from '../og/content/describe-source.ts';
import { describeTimeline } from '../og/content/describe-timeline.ts';
import { describeTopic } from '../og/content/describe-topic.ts';
import { SECTION_PAGES } from '../og/content/section-pages.ts';

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

/** What the layout knows about a page: its props. */
export interface SharePage {
  /** Page title. */
  title: string;
  /** One-sentence description. */
  description: string;
  /** Path below the base, as the layout gets it (`topics/territory/`). */
  path: string;
}

/** Every page's card: home, topics, participants, sources, timeline, then the section pages. */
export function shareCards(briefing: Briefing, settings: CardSettings): ShareCard[] {
  const articles = new Map(briefing.articles.map((article) => [article.id, article]));
  const quotes = new Map<string, number>();
  for (const quote of briefing.quotes) if (quote.speaker) quotes.set(quote.speaker, (quotes.get(quote.speaker) ?? 0) + 1);
  return [
    describeHome(briefing, settings),
    ...briefing.topics.map((topic) => describeTopic(briefing, settings, topic, articles)),
    ...briefing.participants.map((participant) => describeParticipant(briefing, settings, participant, quotes.get(participant.id) ?? 0)),
    ...briefing.articles.map((article) => describeSource(briefing, settings, article)),
    describeTimeline(briefing, settings),
    ...SECTION_PAGES.map((page) => describeSection(briefing, settings, page)),
  ];
}

/** `/topics/territory` → `topics/territory/`; `''` and `/` → `''`. */
export function normalisePagePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

/** Cards by page path, built once per briefing. */
const built = new WeakMap<Briefing, Map<string, ShareCard>>();

/**
 * The card of one page, for the layout's head. A page without a card of its own (one not listed in
 * `shareCards`) shares the home card's image, so no page ever points at a missing image, with the home card's
 * text alternative less its figures (which every new article changes); its own title and description still go
 * into `og:title` and `og:description`.
 */
export function shareCardFor(page: SharePage, briefing: Briefing, settings: CardSettings): ShareCard {
  let cards = built.get(briefing);
  if (!cards) {
    cards = new Map(shareCards(briefing, settings).map((card) => [card.path, card]));
    built.set(briefing, cards);
  }
  const path = normalisePagePath(page.path);
  const own = cards.get(path);
  if (own) return own;
  const home = cards.get('') ?? describeHome(briefing, settings);
  return { ...home, path, alt: homeCardBriefAlt(briefing, settings) };
}
