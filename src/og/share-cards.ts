/**
 * Share cards (Open Graph images) for every page: which image a page shows when its link is shared,
 * what that image says, and its text alternative. Pure: the briefing and settings in, card data out;
 * drawing the images is `src/og/`'s job, driven by the integration (`src/integration/`) in a build and by the
 * `og/[...card].png` route in dev.
 */
import type { Article, Briefing, Sentence } from '../core/model.ts';
import { articleOf } from '../core/ids.ts';
import type { ShareCard } from './card-content.ts';
import type { CardSettings } from './content/card-base.ts';
import { describeClaim } from './content/describe-claim.ts';
import { describeHome, homeCardBriefAlt } from './content/describe-home.ts';
import { describeParticipant } from './content/describe-participant.ts';
import { describeSection } from './content/describe-section.ts';
import { describeSource } from './content/describe-source.ts';
import { describeTimeline } from './content/describe-timeline.ts';
import { describeTopic } from './content/describe-topic.ts';
import { SECTION_PAGES } from './content/section-pages.ts';
import { hasClaimPage } from '../site/views/claim-sources.ts';
import { indexBriefing } from '../site/data/briefing-index.ts';

/** What the layout knows about a page: its props. */
export interface SharePage {
  /** Page title. */
  title: string;
  /** One-sentence description. */
  description: string;
  /** Path below the base, as the layout gets it (`topics/territory/`). */
  path: string;
}

/** Every page's card: home, topics, participants, sources, timeline, claims with a page, then the section pages. */
export function shareCards(briefing: Briefing, settings: CardSettings): ShareCard[] {
  const index = indexBriefing(briefing);
  const articles = new Map(briefing.articles.map((article) => [article.id, article]));
  const sentences = new Map(briefing.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence] as const)));
  const quotes = new Map<string, number>();
  for (const quote of briefing.quotes) if (quote.speaker) quotes.set(quote.speaker, (quotes.get(quote.speaker) ?? 0) + 1);
  /** A sentence id with its sentence and article, when both exist. */
  const located = (id: string) => {
    const sentence = sentences.get(id);
    const article = articles.get(articleOf(id));
    return sentence && article ? [{ sentence, article }] : [];
  };
  // Statements follow the articles' order, newest first, so each participant's list is newest first too.
  const statements = new Map<string, { sentence: Sentence; article: Article }[]>();
  for (const statement of briefing.statements) {
    const list = statements.get(statement.participant) ?? [];
    for (const found of located(statement.sentence)) if (list.at(-1)?.sentence !== found.sentence) list.push(found);
    statements.set(statement.participant, list);
  }
  return [
    describeHome(briefing, settings, index),
    ...briefing.topics.map((topic) => describeTopic(briefing, settings, topic, articles, index)),
    ...briefing.participants.map((participant) =>
      describeParticipant(
        briefing,
        settings,
        participant,
        quotes.get(participant.id) ?? 0,
        statements.get(participant.id),
        participant.mentions.flatMap(located),
      ),
    ),
    ...briefing.articles.map((article) => describeSource(briefing, settings, article)),
    describeTimeline(briefing, settings, index),
    ...briefing.claims.filter(hasClaimPage).map((claim) => describeClaim(briefing, settings, claim)),
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
