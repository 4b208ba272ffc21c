/**
 * "Where things stand": for each topic, its newest state in one or two lines, every line a whole sentence (with
 * the sentences it leans on) linked to its source. One line is the newest statement, preferring the main holders;
 * the other the newest fact that two or more independent sources report or that changed over time, or, when the
 * topic has none, the newest statement of another holder. The orders are in `stand-order.ts`. A sentence shown
 * for one topic is not shown again for a later one, so the home page never repeats itself.
 */
import type { Briefing, Claim, Happening, Participant, Topic } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { claimStates, lastReported, newestReport, type ClaimState } from './claim-states.ts';
import { claimHappening } from './claim-happening.ts';
import { isKeyPoint } from './key-points.ts';
import { leadHolder, pronounHolder, rankOf, statementsBySentence } from './holder-prominence.ts';
import { readAlone, type ReadablePart } from './read-alone/read-alone.ts';
import { readingContext, type ReadingContext } from './read-alone/reading-context.ts';
import { sortByRules } from './order-rule.ts';
import { FACT_ORDER, STATEMENT_ORDER, type FactCandidate, type StatementCandidate } from './stand-order.ts';

/** One line of where a topic stands. */
export interface StandLine {
  kind: 'statement' | 'fact';
  /** The newest publication day the line rests on. */
  date: string;
  /** Who holds the statement (statements only). */
  holder: Participant | null;
  /** The fact (facts only). */
  claim: Claim | null;
  /** The happening every report of the fact tells, when there is one: what its sources agree on (`claimHappening`). */
  happening: Happening | null;
  /** For a fact that changed or is disputed: its values in the order first reported. */
  states: ClaimState[];
  /** The sentences shown, in reading order, each readable alone. */
  parts: ReadablePart[];
}

/** True when the line says how many independent sources report its fact (a fact that neither changed nor is disputed). */
export function countsSources(line: StandLine): boolean {
  return line.claim !== null && line.states.length === 0;
}

/** Where one topic stands. */
export interface TopicStand {
  topic: Topic;
  /** Newest first; empty when nothing on the topic can be shown. */
  lines: StandLine[];
}

/** The block: the day it speaks for and every topic's lines. */
export interface StandView {
  /** The newest article's publication day, or null with no articles. */
  asOf: string | null;
  topics: TopicStand[];
}

function statementCandidates(briefing: Briefing, index: BriefingIndex, topicId: string): StatementCandidate[] {
  const candidates: StatementCandidate[] = [];
  for (const [id, statements] of statementsBySentence(briefing)) {
    const sentence = index.sentence.get(id);
    const article = sentence ? index.article.get(sentence.article) : undefined;
    const holder = leadHolder(briefing, index, statements);
    if (!sentence || !article || !holder || !sentence.topics.includes(topicId)) continue;
    candidates.push({
      sentence: id,
      position: sentence.index,
      published: article.published,
      rank: rankOf(briefing, holder.participant.id),
    });
  }
  return sortByRules(candidates, STATEMENT_ORDER);
}

const isChanged = (claim: Claim): boolean => claim.status === 'updated' || claim.status === 'disputed';

/** The sentence a fact shows: the newest report of a changed fact (its newest state), else the claim's centre. */
function shownSentence(index: BriefingIndex, claim: Claim): string {
  return isChanged(claim) ? newestReport(index, claim) : (claim.sentences[0] ?? '');
}

function factCandidates(index: BriefingIndex, claims: readonly Claim[], topicId: string): FactCandidate[] {
  const onTopic = (id: string): boolean => index.sentence.get(id)?.topics.includes(topicId) ?? false;
  const facts = claims
    .filter(isKeyPoint)
    .filter((claim) => onTopic(shownSentence(index, claim)) || onTopic(claim.sentences[0] ?? ''))
    .map((claim) => ({ claim, newest: lastReported(index, claim) }));
  return sortByRules(facts, FACT_ORDER);
}

interface Picking {
  briefing: Briefing;
  index: BriefingIndex;
  context: ReadingContext;
  /** Sentence ids already shown. */
  used: Set<string>;
}

function fresh(picking: Picking, parts: readonly ReadablePart[]): boolean {
  return parts.every((part) => !picking.used.has(part.id));
}

function take(picking: Picking, line: StandLine): StandLine {
  for (const part of line.parts) picking.used.add(part.id);
  return line;
}

function pickStatement(picking: Picking, candidates: readonly StatementCandidate[], skipHolder: string | null): StandLine | null {
  const { briefing, index, context } = picking;
  for (const candidate of candidates) {
    const holder = leadHolder(briefing, index, statementsBySentence(briefing).get(candidate.sentence) ?? []);
    if (!holder || holder.participant.id === skipHolder || picking.used.has(candidate.sentence)) continue;
    const readable = readAlone(context, candidate.sentence, pronounHolder(briefing, index, candidate.sentence));
    if (!readable || !fresh(picking, readable.parts)) continue;
    return take(picking, {
      kind: 'statement',
      date: candidate.published,
      holder: holder.participant,
      claim: null,
      happening: null,
      states: [],
      parts: readable.parts,
    });
  }
  return null;
}

function pickFact(picking: Picking, candidates: readonly FactCandidate[]): StandLine | null {
  const { briefing, index, context } = picking;
  for (const { claim, newest } of candidates) {
    const shown = shownSentence(index, claim);
    if (picking.used.has(shown)) continue;
    const readable = readAlone(context, shown, pronounHolder(briefing, index, shown));
    if (!readable || !fresh(picking, readable.parts)) continue;
    const states = isChanged(claim) ? claimStates(index, claim) : [];
    return take(picking, {
      kind: 'fact',
      date: newest,
      holder: null,
      claim,
      happening: states.length === 0 ? claimHappening(index, claim) : null,
      states,
      parts: readable.parts,
    });
  }
  return null;
}

function standOf(picking: Picking, topic: Topic): TopicStand {
  const statements = statementCandidates(picking.briefing, picking.index, topic.id);
  const statement = pickStatement(picking, statements, null);
  const second =
    pickFact(picking, factCandidates(picking.index, picking.briefing.claims, topic.id)) ??
    pickStatement(picking, statements, statement?.holder?.id ?? null);
  // Newest first; a statement before a fact of the same day (sort is stable).
  const lines = [statement, second]
    .filter((line): line is StandLine => line !== null)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { topic, lines };
}

const views = new WeakMap<Briefing, StandView>();

/** Where every topic stands, computed once per briefing: the home page and each topic page show the same lines. */
export function whereThingsStand(briefing: Briefing, index: BriefingIndex): StandView {
  const cached = views.get(briefing);
  if (cached) return cached;
  const picking: Picking = { briefing, index, context: readingContext(briefing, index), used: new Set() };
  const view = { asOf: briefing.asOf, topics: briefing.topics.map((topic) => standOf(picking, topic)) };
  views.set(briefing, view);
  return view;
}

/** Where one topic stands, as the home page shows it. */
export function topicStand(briefing: Briefing, index: BriefingIndex, topicId: string): TopicStand | null {
  return whereThingsStand(briefing, index).topics.find((stand) => stand.topic.id === topicId) ?? null;
}
