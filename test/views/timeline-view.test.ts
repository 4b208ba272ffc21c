import { describe, expect, it } from 'vitest';
import type { Briefing, Happening, TimelineEvent } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { isOnOrAfter, timelineMonths, timelinePages, timelineView } from '../../src/site/views/timeline-view.ts';
import type { HappeningEntry } from '../../src/site/views/happening-entry.ts';
import { PAGE_SIZE } from '../../src/site/views/pages.ts';
import { articleOf, briefingOf } from '../helpers/model-parts.ts';

const articles = [articleOf('late', '2025-12-03', 'The Ledger', 3), articleOf('early', '2025-11-27', 'The Daily', 3)];
articles[0]!.sentences[0]!.text = 'Zelensky met Trump in Washington on Monday.';
articles[0]!.sentences[1]!.text = 'He is due to meet Putin in Moscow on Dec. 10.';
articles[1]!.sentences[0]!.text = 'Zelensky and Trump met in Washington.';

function event(id: string, sentence: string, date: string): TimelineEvent {
  return { id, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', sentence, text: '', evidence: date };
}
function happening(id: string, date: string, line: string, events: string[], scheduled = false): Happening {
  return { id, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', line, scheduled, events };
}

const events = [
  event('early#e-1', 'early#s-1', '2025-11-24'),
  event('late#e-1', 'late#s-1', '2025-11-24'),
  event('late#e-2', 'late#s-2', '2025-12-10'),
  event('early#e-2', 'early#s-2', '2025-11'),
  event('early#e-3', 'early#s-3', '2025-11-26'),
];
const briefing = briefingOf({
  asOf: '2025-12-03',
  articles,
  events,
  happenings: [
    happening('h-month', '2025-11', 'Talks went on', ['early#e-2']),
    happening('h-met', '2025-11-24', 'Zelensky and Trump met in Washington', ['early#e-1', 'late#e-1']),
    happening('h-past', '2025-11-26', 'Trump and Putin to speak by phone', ['early#e-3'], true),
    happening('h-next', '2025-12-10', 'He is due to meet Putin in Moscow', ['late#e-2'], true),
  ],
});
const view = timelineView(briefing, indexBriefing(briefing));

describe('timelineView', () => {
  it('has one entry per happening, newest first, and the same entries oldest first', () => {
    expect(view.newestFirst.map((entry) => entry.happening.id)).toEqual(['h-met', 'h-month']);
    expect(view.oldestFirst.map((entry) => entry.happening.id)).toEqual(['h-month', 'h-met']);
  });

  it('gives each entry every article that tells it, first report first, with its sentences', () => {
    const met = view.newestFirst[0]!;
    expect(met.sources.map(({ article, sentences }) => [article.id, sentences.map((s) => s.id)])).toEqual([
      ['early', ['early#s-1']],
      ['late', ['late#s-1']],
    ]);
    expect(met.lead).toEqual([{ id: 'early#s-1', text: 'Zelensky and Trump met in Washington' }]);
    expect(met.clause).toBe(true);
  });

  it('keeps scheduled happenings apart: still ahead on the newest article’s day, or announced for a day now past', () => {
    expect(view.ahead.map((entry) => entry.happening.id)).toEqual(['h-next']);
    expect(view.announced.map((entry) => entry.happening.id)).toEqual(['h-past']);
  });

  it('shows the whole sentence when the clause cannot be read alone', () => {
    expect(view.ahead[0]?.clause).toBe(false);
    expect(view.ahead[0]?.lead).toEqual([{ id: 'late#s-2', text: 'He is due to meet Putin in Moscow on Dec. 10.' }]);
  });

  it('names the months with the page each begins on, in either order', () => {
    expect(timelineMonths(view, 'newest')).toEqual([{ month: '2025-11', count: 2, path: 'timeline/' }]);
    expect(timelineMonths(view, 'oldest')).toEqual([{ month: '2025-11', count: 2, path: 'timeline/oldest/' }]);
  });
});

describe('the timeline in pages', () => {
  /** A timeline of `n` happenings, three a month from January 2020, as far as its pages look at it. */
  const longView = (n: number) => {
    const oldestFirst = Array.from({ length: n }, (_, i) => {
      const date = `${2020 + Math.floor(i / 36)}-${String((Math.floor(i / 3) % 12) + 1).padStart(2, '0')}-${String((i % 3) + 1).padStart(2, '0')}`;
      return { happening: happening(`h-${i}`, date, '', []) } as unknown as HappeningEntry;
    });
    return { newestFirst: [...oldestFirst].reverse(), oldestFirst, ahead: [], announced: [], scheduled: [] };
  };

  it.each([
    ['newest', 0],
    ['newest', 7],
    ['newest', 5 * PAGE_SIZE.timeline + 3],
    ['oldest', 5 * PAGE_SIZE.timeline + 3],
  ] as const)('links each month of the %s-first timeline of %i to the page with its first entry in that order', (order, n) => {
    const long = longView(n);
    const pages = timelinePages(long, order);
    const entries = order === 'newest' ? long.newestFirst : long.oldestFirst;
    for (const { month, path } of timelineMonths(long, order)) {
      const first = entries.find((entry) => entry.happening.date.startsWith(month));
      expect(pages.find(({ props }) => props.path === path)?.props.items).toContain(first);
    }
  });

  it('holds the same entries on older page n of the newest-first timeline as on page n oldest first', () => {
    const long = longView(5 * PAGE_SIZE.timeline + 3);
    const oldest = timelinePages(long, 'oldest');
    for (const { params, props } of timelinePages(long, 'newest').filter(({ props }) => !props.first))
      expect(props.items.toReversed()).toEqual(oldest[Number(params.page) - 1]?.props.items);
  });
});

describe('isOnOrAfter', () => {
  it.each([
    ['2025-12-10', '2025-12-03', true],
    ['2025-12-03', '2025-12-03', true],
    ['2025-12-02', '2025-12-03', false],
    ['2025-12', '2025-12-03', true],
    ['2025-11', '2025-12-03', false],
    ['2025', '2025-12-03', true],
    ['2024', '2025-12-03', false],
  ])('%s on or after %s: %s', (date, day, expected) => {
    expect(isOnOrAfter(happening('h', date, '', []), day)).toBe(expected);
  });
});
