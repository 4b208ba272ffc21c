/**
 * The editors' page: what helps editors keep the briefing right and stays off the readers' pages. The build
 * report, people found in the text but not in the register, the sentences each topic took on its thinnest
 * evidence (with the cues and scores that filed them), sentences under no topic, and articles with no dated
 * event. Every list is capped, so the page stays small however many articles there are.
 */
import type { Article, Briefing, Participant, Sentence, TopicAssignment } from '../../core/model.ts';
import { articleOf } from '../../core/ids.ts';
import { formatBuildReport } from '../../integration/build-report.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { capList, type Capped } from './capped.ts';

/** A sentence and why a topic took it. */
export interface Filing {
  sentence: Sentence;
  assignment: TopicAssignment;
}

/** One topic's filings an editor may want to check. */
export interface TopicFilings {
  id: string;
  title: string;
  /** Sentences filed by their own words, lowest score first: those nearest the threshold. */
  weakest: Capped<Filing>;
  /** Sentences filed for another reason than their own words (the sentence before, the headline), in reading order. */
  carried: Capped<Filing>;
}

/** A person found in the text who is not in the register. */
export interface Unregistered {
  participant: Participant;
  /** The first sentence naming them. */
  firstMention: string | null;
}

export interface EditorsView {
  /** The build report, as the build prints it. */
  report: string;
  unregistered: Capped<Unregistered>;
  topics: TopicFilings[];
  /** Sentences filed under no topic, in reading order. */
  untopical: Capped<Sentence>;
  /** Articles in which no event could be dated. */
  undated: Capped<Article>;
}

/** How many items each list of the page shows. */
export const EDITORS_LIMITS = { unregistered: 50, filings: 10, untopical: 20, undated: 50 } as const;

function byScore(a: Filing, b: Filing): number {
  return a.assignment.score - b.assignment.score || (a.sentence.id < b.sentence.id ? -1 : a.sentence.id > b.sentence.id ? 1 : 0);
}

export function editorsView(briefing: Briefing, index: BriefingIndex): EditorsView {
  const sentences = briefing.articles.flatMap((article) => article.sentences);
  const datedArticles = new Set(briefing.events.map((event) => articleOf(event.sentence)));
  const topics = briefing.topics.map((topic) => {
    const filings = topic.sentences.flatMap((id) => {
      const sentence = index.sentence.get(id);
      const assignment = sentence?.assignments.find((candidate) => candidate.topic === topic.id);
      return sentence && assignment ? [{ sentence, assignment }] : [];
    });
    const own = filings.filter((filing) => filing.assignment.rule === 'cue-score').sort(byScore);
    const carried = filings.filter((filing) => filing.assignment.rule !== 'cue-score');
    return {
      id: topic.id,
      title: topic.title,
      weakest: capList(own, EDITORS_LIMITS.filings),
      carried: capList(carried, EDITORS_LIMITS.filings),
    };
  });
  return {
    report: formatBuildReport(briefing),
    unregistered: capList(
      briefing.participants
        .filter((participant) => !participant.registered)
        .map((participant) => ({ participant, firstMention: participant.mentions[0] ?? null })),
      EDITORS_LIMITS.unregistered,
    ),
    topics,
    untopical: capList(
      sentences.filter((sentence) => sentence.topics.length === 0),
      EDITORS_LIMITS.untopical,
    ),
    undated: capList(
      briefing.articles.filter((article) => !datedArticles.has(article.id)),
      EDITORS_LIMITS.undated,
    ),
  };
}
