import { describe, expect, it } from 'vitest';
import type { Briefing, Claim } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { claimStates } from '../../src/site/views/claim-states.ts';
import { keyPoints } from '../../src/site/views/key-points.ts';
import { KEY_POINT_ORDER } from '../../src/site/views/stand-order.ts';
import { articleOf, briefingOf, claimOver } from '../helpers/model-parts.ts';

const days = ['2025-11-03', '2025-11-04', '2025-11-10', '2025-11-11', '2025-11-12'];
const articles = days.flatMap((day, i) => [
  articleOf(`a${i}`, day, `Outlet ${i}`),
  articleOf(`b${i}`, day, `Other ${i}`),
  articleOf(`c${i}`, day, `Third ${i}`),
]);
const on = (...ids: string[]) => ids.map((id) => articles.find((article) => article.id === id)!);

function claim(id: string, over: string[], fields: Partial<Claim> = {}): Claim {
  return { ...claimOver(on(...over), id), ...fields };
}

const index = indexBriefing(briefingOf({ articles }));

describe('keyPoints', () => {
  it('orders by its named rules, explained for readers', () => {
    expect(KEY_POINT_ORDER.map((rule) => rule.name)).toEqual(['newest-week', 'changed', 'more-sources', 'newest', 'claim-id']);
    expect(KEY_POINT_ORDER.filter((rule) => rule.name !== 'claim-id').every((rule) => rule.explains.endsWith('.'))).toBe(true);
  });

  it('leaves single-source claims out', () => {
    expect(keyPoints(index, [claim('c-one', ['a0'], { status: 'single-source', independentSources: 1 })])).toEqual([]);
  });

  it.each([
    ['a later week before more sources', [claim('c-old', ['a0', 'b0', 'c0']), claim('c-new', ['a2', 'b2'])], ['c-new', 'c-old']],
    [
      'within a week, a change before agreement',
      [
        claim('c-agreed', ['a3', 'b3', 'c3']),
        claim('c-changed', ['a2', 'b4'], { status: 'updated', values: ['28 points (Outlet 2)', '19 points (Other 4)'] }),
      ],
      ['c-changed', 'c-agreed'],
    ],
    ['within a week, more sources first', [claim('c-two', ['a4', 'b4']), claim('c-three', ['a2', 'b2', 'c2'])], ['c-three', 'c-two']],
    ['equal otherwise, the one reported last first', [claim('c-mon', ['a2', 'b2']), claim('c-wed', ['a4', 'b4'])], ['c-wed', 'c-mon']],
  ])('puts %s', (_, claims, expected) => {
    expect(keyPoints(index, claims).map((c) => c.id)).toEqual(expected);
  });
});

describe('keyPoints of one happening', () => {
  it('keeps one key point for a happening two claims tell', () => {
    const ids = ['a2', 'b2', 'a3', 'b3'];
    const events = ids.map((id, i) => ({
      id: `${id}#e-1`,
      date: '2025-11-09',
      precision: 'day' as const,
      sentence: `${id}#s-1`,
      text: 'x',
      evidence: 'on Sunday',
    }));
    const happenings = [
      {
        id: 'h-talks',
        date: '2025-11-09',
        precision: 'day' as const,
        line: 'The talks',
        scheduled: false,
        events: events.map((e) => e.id),
      },
    ];
    const told = indexBriefing(briefingOf({ articles, events, happenings }));
    const claims = [claim('c-first', ['a2', 'b2']), claim('c-second', ['a3', 'b3']), claim('c-other', ['a4', 'b4'])];
    expect(keyPoints(told, claims).map((c) => c.id)).toEqual(['c-other', 'c-second']);
  });
});

describe('claimStates', () => {
  it('gives each value its outlet and the day that outlet first reported it, an outlet with brackets kept whole', () => {
    const sun = articleOf('sun', '2025-11-30', 'The Sun (Malaysia)');
    const daily = articleOf('daily', '2025-11-27', 'The Daily');
    const own = indexBriefing(briefingOf({ articles: [sun, daily] }));
    const updated = {
      ...claimOver([sun, daily]),
      status: 'updated' as const,
      values: ['28 points (The Daily)', '22 points (The Daily)', '19 points (The Sun (Malaysia))'],
    };
    expect(claimStates(own, updated).map(({ value, outlet, article }) => [value, outlet, article?.published])).toEqual([
      ['28 points', 'The Daily', '2025-11-27'],
      ['22 points', 'The Daily', '2025-11-27'],
      ['19 points', 'The Sun (Malaysia)', '2025-11-30'],
    ]);
  });
});
