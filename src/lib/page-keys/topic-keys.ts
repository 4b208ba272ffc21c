/**
 * Keys of a topic's pages: the topic page itself, its evidence pages and the pages of who speaks on it; see
 * `page-key.ts`.
 */
import { getEntry } from 'astro:content';
import { briefing, index } from '../briefing.ts';
import { meetingView } from '../views/meeting-view.ts';
import { pagePath } from '../views/pages.ts';
import { topicView, type SourceEvidence, type Voice } from '../views/topic-view.ts';
import { pageKey } from './page-key.ts';
import { articleRef, claimCardRef, eventRef, fullSentenceRef, participantRef, sentenceRef, statementRef } from './refs.ts';

/** The topic as its pages head it. */
function topicHead(id: string): unknown {
  const { topic } = topicView(briefing, index, id);
  return [topic.id, topic.title, topic.question, topic.sentences.length];
}

/** Evidence grouped by source (`EvidenceBySource`): each article and its sentences, with why each is here. */
function evidenceRef(groups: readonly SourceEvidence[]): unknown {
  return groups.map(({ article, sentences }) => [articleRef(article), sentences.map(fullSentenceRef)]);
}

/** A participant with their statements on the topic. */
function voiceRef(voice: Voice): unknown {
  return [participantRef(voice.participant), voice.statements.map((statement) => statementRef(index, statement))];
}

/**
 * `topics/[id]`: the whole topic view (claims, who says what, positions, the first evidence page, events and
 * growth), the meeting formats the participants topic adds, and the editorial introduction (its MDX source).
 */
export async function topicPageKey(id: string): Promise<string> {
  const entry = await getEntry('topics', id);
  return pageKey('topic', `topics/${id}/`, () => {
    const view = topicView(briefing, index, id);
    const meeting = meetingView(index, id);
    return [
      topicHead(id),
      [entry?.body ?? null, entry?.data ?? null],
      view.claims.map((claim) => claimCardRef(index, claim)),
      view.claimCount,
      view.speakers.map(voiceRef),
      view.periods,
      view.positions.map((row) => [participantRef(row.participant), row.cells.map((cell) => [cell.period, cell.statement && statementRef(index, cell.statement)])]),
      evidenceRef(view.evidencePages[0] ?? []),
      view.evidencePages.length,
      view.events.map((event) => eventRef(index, event)),
      view.eventCount,
      view.growth,
      [view.sourceCount, view.outlets, view.independentCount, view.newest],
      meeting.formats.shown.map(({ sentence, format }) => [sentenceRef(index, sentence.id), format]),
      meeting.formats.more,
      meeting.exclusions.shown.map((sentence) => sentenceRef(index, sentence.id)),
      meeting.exclusions.more,
      meeting.present.shown.map(({ participant, sentences }) => [participantRef(participant), sentences]),
      meeting.present.more,
    ];
  });
}

/** `topics/[id]/evidence/[page]`: one page of the topic's evidence, and how many pages there are. */
export function evidencePageKey(id: string, current: number): string {
  return pageKey('topic-evidence', `topics/${id}/evidence/${current}/`, () => {
    const view = topicView(briefing, index, id);
    return [topicHead(id), current, view.evidencePages.length, evidenceRef(view.evidencePages[current - 1] ?? [])];
  });
}

/** `topics/[id]/speakers/[...page]`: one page of the topic's speakers with their statements. */
export function speakersPageKey(id: string, speakers: readonly Voice[], current: number, last: number): string {
  return pageKey('topic-speakers', pagePath(`topics/${id}/speakers/`, current), () => [
    topicHead(id),
    topicView(briefing, index, id).speakers.length,
    current,
    last,
    speakers.map(voiceRef),
  ]);
}
