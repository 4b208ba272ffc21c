/**
 * Keys of a topic's pages: the topic page itself, its evidence pages and the pages of who speaks on it; see
 * `page-key.ts`.
 */
import { getEntry } from 'astro:content';
import { briefing, index } from '../data/briefing.ts';
import { meetingView } from '../views/meeting-view.ts';
import { pagePath, type SteppedPage } from '../views/pages.ts';
import { topicView, type SourceEvidence, type Voice } from '../views/topic-view.ts';
import { topicStand } from '../views/where-things-stand.ts';
import { pageKey } from './page-key.ts';
import { articleRef, fullSentenceRef, participantRef, placeRef, statementRef, viewRef } from './refs.ts';

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
 * `topics/[id]`: the whole topic view (claims, who says what, positions, the first evidence page, happenings and
 * growth), where the topic stands, the meeting formats a participants topic adds, and the editors' context (its
 * MDX source).
 */
export async function topicPageKey(id: string): Promise<string> {
  const entry = await getEntry('topics', id);
  return pageKey('topic', `topics/${id}/`, () => {
    const view = topicView(briefing, index, id);
    const meeting = view.topic.role === 'participants' ? meetingView(briefing, index, view.topic) : null;
    return [
      topicHead(id),
      [entry?.body ?? null, entry?.data ?? null],
      briefing.asOf,
      viewRef(index, [view, topicStand(briefing, index, id), meeting]),
    ];
  });
}

/**
 * `topics/[id]/evidence/[...page]`: one page of the topic's evidence with its neighbours, the topic's title and
 * question, and on the first page how many sentences there are in all.
 */
export function evidencePageKey(id: string, page: SteppedPage<SourceEvidence>['props']): string {
  return pageKey('topic-evidence', page.path, () => {
    const { topic, evidenceCount } = topicView(briefing, index, id);
    return [[topic.id, topic.title, topic.question], placeRef(page), page.first ? evidenceCount : null, evidenceRef(page.items)];
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
