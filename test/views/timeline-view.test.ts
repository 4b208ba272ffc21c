import { describe, expect, it } from 'vitest';
import type { Briefing, Happening, TimelineEvent } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { isOnOrAfter, timelineMonths, timelineView } from '../../src/site/views/timeline-view.ts';
import { articleOf } from '../helpers/model-parts.ts';

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
const briefing = {
  schemaVersion: 1,
  title: 'T',
  asOf: '2025-12-03',
  articles,
  topics: [],
  participants: [],
  quotes: [],
  statements: [],
  events,
  figures: [],
  claims: [],
  happenings: [
    happening('h-month', '2025-11', 'Talks went on', ['early#e-2']),
    happening('h-met', '2025-11-24', 'Zelensky and Trump met in Washington', ['early#e-1', 'late#e-1']),
    happening('h-past', '2025-11-26', 'Trump and Putin to speak by phone', ['early#e-3'], true),
    happening('h-next', '2025-12-10', 'He is due to meet Putin in Moscow', ['late#e-2'], true),
  ],
} as Briefing;
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

  it('names the month each page begins with', () => {
    expect(timelineMonths(view.newestFirst, 1)).toEqual([{ month: '2025-11', count: 2, page: 1 }]);
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
