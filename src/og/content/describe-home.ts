/**
 * The home page's card: where things stand (its newest line, `stand-lead.ts`) with its outlet, day and topic, else
 * the lead of the newest article; with no articles, the briefing title, its topics and the coverage in figures.
 */
import type { Briefing } from '../../core/model.ts';
import { indexBriefing, type BriefingIndex } from '../../site/data/briefing-index.ts';
import type { HomeContent, ShareCard } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { chooseLead, leadOf } from './choose-lead.ts';
import { countStat, countText } from './count-stat.ts';
import { shortDateRange } from './short-date.ts';
import { standLead } from './stand-lead.ts';

/** Distinct values, for counting outlets and independent sources (wire copy counts once). */
function distinct(values: readonly string[]): number {
  return new Set(values).size;
}

/** How far into the newest article the lead is looked for. */
const LEAD_WINDOW = 5;

/**
 * The home card's text alternative without its figures: `Title: briefing card. Topics: a, b.` Pages without a
 * card of their own show the home image with this text, so that a new article (which changes the figures)
 * leaves those pages as they were.
 */
export function homeCardBriefAlt(briefing: Briefing, settings: CardSettings): string {
  const topics = briefing.topics.map((topic) => topic.title).join(', ');
  return `${settings.title}: briefing card.${topics ? ` Topics: ${topics}.` : ''}`;
}

/** The home card. */
export function describeHome(briefing: Briefing, settings: CardSettings, index: BriefingIndex = indexBriefing(briefing)): ShareCard {
  const dates = briefing.articles.map((article) => article.published).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const range =
    first !== undefined && last !== undefined ? shortDateRange({ date: first, precision: 'day' }, { date: last, precision: 'day' }) : null;
  const articles = briefing.articles.length;
  const independent = distinct(briefing.articles.map((article) => article.sourceKey));
  const outlets = distinct(briefing.articles.map((article) => article.outlet));
  const newest = briefing.articles[0];
  const sentence = newest ? chooseLead(newest.sentences.slice(0, LEAD_WINDOW)) : null;
  const stand = standLead(briefing, index);
  const lead = stand ?? (newest && sentence ? leadOf(briefing, sentence, newest) : null);
  const content: HomeContent = {
    kind: 'home',
    ...cardBase(briefing, settings),
    title: settings.title,
    topics: briefing.topics.map((topic) => ({ id: topic.id, colour: topic.colour, title: topic.title })),
    stats: [
      countStat(articles, 'article'),
      countStat(independent, 'independent source'),
      countStat(outlets, 'outlet'),
      ...(range === null ? [] : [{ value: range, label: 'coverage' }]),
    ],
    lead,
    leadFrom: stand ? 'stand' : 'newest',
  };
  const coverage = [countText(articles, 'article'), countText(independent, 'independent source'), countText(outlets, 'outlet')].join(', ');
  return {
    path: '',
    image: 'og/index.png',
    type: 'website',
    alt: lead
      ? `${settings.title}, ${stand ? 'where things stand' : 'latest'}: “${lead.text}” ${lead.outlet}, ${lead.date}${lead.topic ? `, on ${lead.topic.title}` : ''}.`
      : `${homeCardBriefAlt(briefing, settings)} ${coverage}${range ? `, ${range}` : ''}.`,
    content,
  };
}
