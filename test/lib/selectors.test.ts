import { describe, expect, it } from 'vitest';
import type { Briefing, TimelineEvent } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/lib/briefing-index.ts';
import { firstReport } from '../../src/lib/views/selectors.ts';
import { timelineMonths } from '../../src/lib/views/timeline-view.ts';
import { articleOf, claimOver } from '../helpers/model-parts.ts';

function event(id: string, date: string, sentence: string, precision: TimelineEvent['precision'] = 'day'): TimelineEvent {
  return { id, date, precision, sentence, text: `Event ${id}.`, evidence: date };
}

function briefingOf(parts: Partial<Briefing>): Briefing {
  return { schemaVersion: 1, title: 'T', asOf: null, articles: [], topics: [], participants: [], quotes: [], statements: [], events: [], happenings: [], figures: [], claims: [], ...parts } as Briefing;
}

describe('firstReport', () => {
  const late = articleOf('late', '2025-03-01');
  const early = articleOf('early', '2025-01-01');
  const tieB = articleOf('b-tie', '2025-02-01');
  const tieA = articleOf('a-tie', '2025-02-01');

  it('is the event’s own article when no claim holds its sentence', () => {
    const briefing = briefingOf({ articles: [late, early] });
    expect(firstReport(indexBriefing(briefing), event('e1', '2025-03-01', 'late#s-1'))?.id).toBe('late');
  });

  it('is the earliest article of any claim that holds the sentence, ties broken by id', () => {
    const briefing = briefingOf({ articles: [late, early, tieA, tieB], claims: [claimOver([late, tieB], 'c-1'), claimOver([tieA, late], 'c-2')] });
    const index = indexBriefing(briefing);
    expect(firstReport(index, event('e1', '2025-03-01', 'late#s-1'))?.id).toBe('a-tie');
    const withEarly = briefingOf({ articles: [late, early], claims: [claimOver([late, early])] });
    expect(firstReport(indexBriefing(withEarly), event('e1', '2025-03-01', 'late#s-1'))?.id).toBe('early');
  });
});

describe('timelineMonths', () => {
  it('counts events per month and names the page where each month begins', () => {
    const events = ['2025-01-05', '2025-01-20', '2025-02', '2025-02-11', '2025-03-01'].map((date, i) => event(`e${i}`, date, 'a#s-1', date.length === 7 ? 'month' : 'day'));
    expect(timelineMonths(briefingOf({ events }), 2)).toEqual([
      { month: '2025-01', count: 2, page: 1 },
      { month: '2025-02', count: 2, page: 2 },
      { month: '2025-03', count: 1, page: 3 },
    ]);
  });
});
