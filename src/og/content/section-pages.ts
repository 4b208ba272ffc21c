/**
 * Pages that get a plain section card: their path below the base, the words on the card, and any
 * figures. A new section page needs a row here to get a card of its own (others get the home card).
 */
import type { Briefing } from '../../core/model.ts';
import type { CardStat } from '../card-content.ts';
import { countStat } from './count-stat.ts';

/** One section page. */
export interface SectionPage {
  /** Page path below the base (`sources/`). */
  path: string;
  /** Small label above the title. */
  eyebrow: string;
  /** Title, as the page states it. */
  title: string;
  /** One or two sentences about the page. */
  text: string;
  /** Figures from the briefing, if any. */
  stats: (briefing: Briefing) => CardStat[];
}

function kinds(briefing: Briefing): CardStat[] {
  const count = (kind: string) => briefing.participants.filter((participant) => participant.kind === kind).length;
  return [
    countStat(count('person'), 'person', 'people'),
    countStat(count('organization'), 'organisation'),
    countStat(count('country'), 'country', 'countries'),
  ];
}

function coverage(briefing: Briefing): CardStat[] {
  const outlets = new Set(briefing.articles.map((article) => article.outlet)).size;
  const independent = new Set(briefing.articles.map((article) => article.sourceKey)).size;
  return [countStat(briefing.articles.length, 'article'), countStat(outlets, 'outlet'), countStat(independent, 'independent source')];
}

const none = (): CardStat[] => [];

/** The section pages, in menu order. */
export const SECTION_PAGES: readonly SectionPage[] = [
  {
    path: 'participants/',
    eyebrow: 'Section',
    title: 'Participants',
    text: 'The people, organisations and countries in the talks, with every stated role and quote linked to its sentence.',
    stats: kinds,
  },
  {
    path: 'sources/',
    eyebrow: 'Section',
    title: 'Sources',
    text: 'Every article the briefing rests on, with its paragraphs numbered so every citation leads to its sentence.',
    stats: coverage,
  },
  {
    path: 'search/',
    eyebrow: 'Section',
    title: 'Search',
    text: 'Search every sentence, quote and participant in the coverage.',
    stats: none,
  },
  {
    path: 'updates/',
    eyebrow: 'Section',
    title: 'What changed',
    text: 'What each new article added to the briefing and what it changed, newest first.',
    stats: none,
  },
  {
    path: 'about/',
    eyebrow: 'About',
    title: 'How this briefing is made',
    text: 'What the briefing reads, how it files sentences under topics, and why every statement links to the sentence it comes from.',
    stats: none,
  },
  {
    path: '404/',
    eyebrow: 'Not found',
    title: 'Page not found',
    text: 'There is no page at this address. It may have belonged to an article that was removed.',
    stats: none,
  },
];
