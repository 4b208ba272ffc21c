/**
 * What each article added to the briefing when it appeared, reading the articles in publication order:
 * participants first named in it, claims it first reported or corroborated, its dated events and figures.
 * Derived from the articles' dates alone, so it needs no record of earlier builds.
 */
import type { Article, Briefing, Claim, Figure, Participant, Statement, TimelineEvent } from '../../core/model.ts';
import { articleOf } from '../../core/ids.ts';
import { capList, type Capped } from './capped.ts';
import { oldestFirst } from './selectors.ts';
import { indexBriefing } from '../data/briefing-index.ts';
import { onePerHappening } from './claim-happening.ts';

/**
 * A claim an article corroborates, with how many independent sources it had once that article reported it: the
 * update says what the article changed as it stood then, which later articles leave as it was.
 */
export interface Corroboration {
  claim: Claim;
  sources: number;
}

/** One article's contribution. */
export interface ArticleAdditions {
  article: Article;
  /** Participants no earlier article named. */
  newParticipants: Participant[];
  /** Claims this article was the first to report. */
  newClaims: Claim[];
  /** Claims an earlier article reported that this one corroborates from a new independent source. */
  corroborated: Corroboration[];
  /** Dated events from this article. */
  events: TimelineEvent[];
  /** Figures in this article. */
  figures: Figure[];
  /** Figures that replace an earlier value for the same quantity (a plan of 28 points, then of 22). */
  superseded: { figure: Figure; previous: Figure }[];
  /** Statements on a topic by a participant who had already spoken on it in an earlier article. */
  shifts: { statement: Statement; topic: string; previous: Statement }[];
}

/** What a figure measures: its kind and what it counts, so "28 points" and "22 points" of a plan meet. */
function quantityKey(figure: Figure): string {
  return `${figure.kind}\u0000${figure.about.toLowerCase()}`;
}

/** What a changed figure counts, when its value does not say it already ("points in the plan" for "22", not "points" for "22 points"), else null. */
export function countedThing(figure: Figure): string | null {
  const about = figure.about.trim();
  return about === '' || figure.value.toLowerCase().includes(about.toLowerCase()) ? null : about;
}

/** Appends to the list under `key`, making it when missing. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups items by the article of their sentence. */
function byArticle<T extends { sentence: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, articleOf(item.sentence), item);
  return groups;
}

const computed = new WeakMap<Briefing, ArticleAdditions[]>();

/** Every article's additions, oldest first; computed once per briefing (home, updates and feeds share it). */
export function articleAdditions(briefing: Briefing): ArticleAdditions[] {
  const cached = computed.get(briefing);
  if (cached) return [...cached];
  const additions = computeAdditions(briefing);
  computed.set(briefing, additions);
  return [...additions];
}

function computeAdditions(briefing: Briefing): ArticleAdditions[] {
  const articles = [...briefing.articles].sort(oldestFirst);
  const position = new Map(articles.map((article, i) => [article.id, i]));
  const firstArticle = (ids: readonly string[]) =>
    ids.reduce((best, id) => Math.min(best, position.get(articleOf(id)) ?? Infinity), Infinity);

  const newParticipants = new Map<number, Participant[]>();
  for (const participant of briefing.participants) {
    const first = firstArticle(participant.mentions);
    if (Number.isFinite(first)) push(newParticipants, first, participant);
  }
  const newClaims = new Map<number, Claim[]>();
  const corroborated = new Map<number, Corroboration[]>();
  for (const claim of briefing.claims) {
    // What an article added to the story: facts, not the spelling of a name.
    if (claim.kind !== 'fact') continue;
    const members = [...new Set(claim.sentences.map(articleOf))]
      .map((id) => position.get(id))
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);
    const [first, ...later] = members;
    if (first === undefined) continue;
    push(newClaims, first, claim);
    const seenSources = new Set([articles[first]?.sourceKey]);
    for (const p of later) {
      const source = articles[p]?.sourceKey;
      if (source === undefined || seenSources.has(source)) continue;
      seenSources.add(source);
      push(corroborated, p, { claim, sources: seenSources.size });
    }
  }
  // Two claims of one happening are one fact: each list names it once.
  const index = indexBriefing(briefing);
  for (const [p, list] of newClaims) newClaims.set(p, onePerHappening(index, list));
  for (const [p, list] of corroborated) {
    const kept = new Set(
      onePerHappening(
        index,
        list.map(({ claim }) => claim),
      ),
    );
    corroborated.set(
      p,
      list.filter(({ claim }) => kept.has(claim)),
    );
  }
  const sentenceTopics = new Map(briefing.articles.flatMap((article) => article.sentences.map((s) => [s.id, s.topics] as const)));
  const lastFigure = new Map<string, Figure>();
  const lastStatement = new Map<string, Statement>();
  const figuresOf = byArticle(briefing.figures);
  const statementsOf = byArticle(briefing.statements);
  const eventsOf = byArticle(briefing.events);
  return articles.map((article, i) => {
    const figures = figuresOf.get(article.id) ?? [];
    const superseded: ArticleAdditions['superseded'] = [];
    for (const figure of figures) {
      const key = quantityKey(figure);
      const previous = lastFigure.get(key);
      if (previous && previous.value !== figure.value && figure.kind !== 'time') superseded.push({ figure, previous });
      lastFigure.set(key, figure);
    }
    const shifts: ArticleAdditions['shifts'] = [];
    const statements = statementsOf.get(article.id) ?? [];
    const seenHere = new Set<string>();
    for (const statement of statements) {
      for (const topic of sentenceTopics.get(statement.sentence) ?? []) {
        const key = `${statement.participant}\u0000${topic}`;
        const previous = lastStatement.get(key);
        if (previous && !seenHere.has(key)) shifts.push({ statement, topic, previous });
        seenHere.add(key);
      }
    }
    for (const statement of statements) {
      for (const topic of sentenceTopics.get(statement.sentence) ?? []) {
        const key = `${statement.participant}\u0000${topic}`;
        if (!lastStatement.has(key) || articleOf(lastStatement.get(key)?.sentence ?? '') !== article.id) lastStatement.set(key, statement);
      }
    }
    return {
      article,
      newParticipants: newParticipants.get(i) ?? [],
      newClaims: newClaims.get(i) ?? [],
      corroborated: corroborated.get(i) ?? [],
      events: eventsOf.get(article.id) ?? [],
      figures,
      superseded,
      shifts,
    };
  });
}

/** Characters of a claim's summary an update quotes (`claimWording`). */
export const CLAIM_WORDS = 110;

/** Items of each kind an update shows; its article's page has the rest. */
export const UPDATE_LIMITS = { claims: 2, participants: 6, events: 2, figures: 2, shifts: 2 } as const;

/** One article's additions as the updates page shows them: each list capped, with how many are left out. */
export interface CappedAdditions {
  article: Article;
  newParticipants: Capped<Participant>;
  newClaims: Capped<Claim>;
  corroborated: Capped<Corroboration>;
  events: Capped<TimelineEvent>;
  superseded: Capped<ArticleAdditions['superseded'][number]>;
  shifts: Capped<ArticleAdditions['shifts'][number]>;
}

/** Caps every list of an article's additions at `limits`. */
export function capAdditions(
  additions: ArticleAdditions,
  limits: { [K in keyof typeof UPDATE_LIMITS]: number } = UPDATE_LIMITS,
): CappedAdditions {
  return {
    article: additions.article,
    newParticipants: capList(additions.newParticipants, limits.participants),
    newClaims: capList(additions.newClaims, limits.claims),
    corroborated: capList(additions.corroborated, limits.claims),
    events: capList(additions.events, limits.events),
    superseded: capList(additions.superseded, limits.figures),
    shifts: capList(additions.shifts, limits.shifts),
  };
}
