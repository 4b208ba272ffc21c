/**
 * A sentence in the past tense that ties itself, outside quotation marks, to the time of the happening just told ("Before
 * that, the two leaders spoke ...", "Just before the talks began, ...", "Speaking ahead of the
 * announcement, Bessent said ...", "The plan came as negotiators met ...") takes that happening's
 * day: the nearest day up to the day of writing among the three sentences before, else the
 * article's day. A day after the day of writing is a plan, and a past happening is not tied to it.
 */
import { formatDay } from '../../calendar.ts';
import { pastReference, type ContextRule } from '../rule.ts';
import { decideTense } from '../../decide-tense.ts';
import { isQuotedToken } from '../../../reading/read-articles.ts';
import { phraseFinder } from '../../find-phrase.ts';
import { namesHappening } from '../../names-happening.ts';
import { perSentenceText } from '../../per-sentence-text.ts';
import {
  connectives,
  happeningGerunds,
  happeningPrepositions,
  openingConnectives,
  speakingParticiples,
} from '../../words/time-connectives.ts';
import type { Token } from '../../../reading/tokenize.ts';
import { reportVerbs } from '../../words/report-verbs.ts';

const findConnective = phraseFinder(connectives);
const findPreposition = phraseFinder(happeningPrepositions);
const opening = new Set(openingConnectives);
const prepositionStarts = new Set(happeningPrepositions.map((phrase) => phrase.split(' ')[0]!));
const speaking = new Set(speakingParticiples);
const gerunds = new Set(happeningGerunds);
const reports = new Set(reportVerbs);
/** Happening nouns without an article ("after talks with Witkoff"). */
const nouns = new Set(['talks', 'meetings', 'discussions', 'negotiations', 'consultations']);

/** True when the token opens the name of a happening ("the talks", "Sunday's summit", "talks with Witkoff"). */
function isHappening(tokens: readonly Token[], token: Token): boolean {
  return namesHappening(tokens, token.start) || nouns.has(token.lower);
}

/** Token range of the connective, or null. */
function findTie(tokens: readonly Token[]): readonly [number, number] | null {
  const first = tokens[0];
  if (first && opening.has(first.lower) && tokens[1]?.text === ',') return [0, 0];
  const found = findConnective(tokens);
  if (found) return found;
  // "Speaking ahead of the announcement, ...", "After the talks, ...", "After meeting Trump, ...": a
  // preposition before a happening, in an opening adverbial clause (elsewhere it may look ahead:
  // "handled after the deal").
  const comma = tokens.findIndex((token) => token.text === ',');
  const adverbial = tokens[0]?.lower.endsWith('ing') === true || prepositionStarts.has(tokens[0]?.lower ?? '');
  if (!adverbial || comma < 0) return reportedAfter(tokens);
  for (let range = findPreposition(tokens); range !== null && range[1] < comma; range = findPreposition(tokens, range[1] + 1)) {
    const after = tokens[range[1] + 1];
    if (after && (isHappening(tokens, after) || gerunds.has(after.lower))) return range;
  }
  // "Speaking to reporters in Berlin, ...": a participle of speaking and where or to whom.
  if (first && speaking.has(first.lower) && /^(to|at|in|on|from|alongside|with|after|before)$/.test(tokens[1]?.lower ?? '')) return [0, 0];
  return null;
}

/** Most words between a report verb and its preposition of time ("told reporters after": one). */
const maxObjectWords = 2;

/** Most words between the preposition and the happening it names ("after emerging from the talks": three). */
const maxGerundWords = 3;

/**
 * "Trump told reporters after emerging from the talks": a report verb, then a preposition of time before a happening
 * (directly, or after a gerund and a few words), right after the verb and its object; the report is dated to that
 * happening.
 */
function reportedAfter(tokens: readonly Token[]): readonly [number, number] | null {
  const verb = tokens.findIndex((token) => token.word && reports.has(token.lower));
  if (verb < 0) return null;
  for (let range = findPreposition(tokens, verb + 1); range !== null; range = findPreposition(tokens, range[1] + 1)) {
    // The report's own adverbial, after at most its object ("told reporters after"), not a later clause's
    // ("said issues would be handled after the deal").
    if (range[0] - verb - 1 > maxObjectWords) return null;
    const next = tokens[range[1] + 1];
    if (!next) return null;
    if (isHappening(tokens, next)) return range;
    if (!next.lower.endsWith('ing')) continue;
    for (let k = range[1] + 2; k < tokens.length && k <= range[1] + 1 + maxGerundWords; k++) {
      if (!tokens[k]!.word) break;
      if (isHappening(tokens, tokens[k]!)) return range;
    }
  }
  return null;
}

/** The connective of a sentence in the past tense, once per distinct text. */
const pastTie = perSentenceText((tokens) => {
  const range = findTie(tokens);
  // The tense of the words around the connective, not of the connective ("ahead of" looks forward).
  return range !== null && decideTense(tokens, range[0], range[1]) === 'past' ? range : null;
});

export const timeConnectiveRule: ContextRule = {
  name: 'time-connective',
  applies: (reading) => pastTie(reading.tokens) !== null,
  find(situation) {
    const { tokens } = situation.reading;
    const range = pastTie(tokens);
    if (range === null || isQuotedToken(situation.reading, tokens[range[0]]!)) return null;
    const day = pastReference(situation) ?? situation.story;
    return {
      start: tokens[range[0]]!.start,
      end: tokens[range[1]]!.end,
      date: formatDay(day, 'day'),
      precision: 'day',
      rule: timeConnectiveRule.name,
    };
  },
};
