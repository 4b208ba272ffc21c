/** The timeline page's card: how many happenings (one each, however many reports tell it), their span, and the latest. */
import type { Briefing } from '../../core/model.ts';
import { indexBriefing, type BriefingIndex } from '../../site/data/briefing-index.ts';
import { happeningEntry } from '../../site/views/happening-entry.ts';
import type { ShareCard, TimelineContent } from '../card-content.ts';
import { cardBase, type CardSettings } from './card-base.ts';
import { countStat, countText } from './count-stat.ts';
import { shortDate, shortDateRange } from './short-date.ts';
import { cardTopic } from './choose-lead.ts';

/** The timeline card. Happenings come sorted by date; scheduled ones (not yet happened when reported) are left out. */
export function describeTimeline(briefing: Briefing, settings: CardSettings, index: BriefingIndex = indexBriefing(briefing)): ShareCard {
  const happened = briefing.happenings.filter((happening) => !happening.scheduled);
  const first = happened[0];
  const latest = happened.at(-1);
  const entry = latest ? happeningEntry(briefing, index, latest) : null;
  const span = first && latest ? shortDateRange(first, latest) : null;
  const content: TimelineContent = {
    kind: 'timeline',
    ...cardBase(briefing, settings),
    title: 'Timeline',
    stats: [countStat(happened.length, 'happening'), ...(span === null ? [] : [{ value: span, label: 'span' }])],
    latest:
      latest && entry
        ? {
            date: shortDate(latest),
            text: entry.lead.map((part) => part.text).join(' '),
            outlet: entry.sources[0]?.article.outlet ?? '',
            topic: cardTopic(briefing, entry.topics[0]),
          }
        : null,
  };
  const summary = `${countText(happened.length, 'happening')}${span ? `, ${span}` : ''}`;
  return {
    path: 'timeline/',
    image: 'og/timeline.png',
    type: 'website',
    alt: `Timeline card: ${summary}.${content.latest ? ` Latest, ${content.latest.date}: ${content.latest.text}` : ''}`,
    content,
  };
}
