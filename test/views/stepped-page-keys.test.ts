/**
 * The keys of pages of lists that grow at one end: an older page's key covers its own items and neighbours and
 * nothing list-wide, so it stays the same when a newer item is added and the incremental build copies the page;
 * the first page's key, which covers the list-wide figures, changes. The briefing the keys read is swapped for
 * the seeds' briefing with and without its newest happening.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Briefing } from '../../src/core/model.ts';
import { indexBriefing, type BriefingIndex } from '../../src/site/data/briefing-index.ts';
import seeds from '../golden/seeds-briefing.json' with { type: 'json' };

/** The briefing the page keys read: set by `use`. */
const current = vi.hoisted(() => ({ briefing: null as unknown, index: null as unknown }));
vi.mock('../../src/site/data/briefing.ts', () => ({
  get briefing() {
    return current.briefing;
  },
  get index() {
    return current.index;
  },
  settings: { title: 'Test briefing', description: 'A briefing for key tests.' },
}));

const { newestFirstPages } = await import('../../src/site/views/pages.ts');
const { timelineView } = await import('../../src/site/views/timeline-view.ts');
const { timelinePageKey, updatesPageKey } = await import('../../src/site/page-keys/list-keys.ts');
const { articleAdditions } = await import('../../src/site/views/article-additions.ts');

const full = seeds as unknown as Briefing;
/** The seeds' briefing before its newest happening was reported. */
const newest = full.happenings.filter((happening) => !happening.scheduled).at(-1);
const earlier: Briefing = { ...full, happenings: full.happenings.filter((happening) => happening !== newest) };

function use(briefing: Briefing): BriefingIndex {
  const index = indexBriefing(briefing);
  Object.assign(current, { briefing, index });
  return index;
}

/** Keys of the newest-first timeline of `briefing` in pages of `size`, by path. */
function timelineKeys(briefing: Briefing, size: number): Map<string, string> {
  use(briefing);
  const pages = newestFirstPages(timelineView(briefing, current.index as BriefingIndex).newestFirst, size, 'timeline/');
  return new Map(pages.map(({ props }) => [props.path, timelinePageKey('newest', props)]));
}

describe('keys of a list that grows at one end', () => {
  beforeAll(() => {
    expect(newest).toBeDefined();
  });

  it('keep every older timeline page when a newer happening comes', () => {
    const [before, after] = [timelineKeys(earlier, 4), timelineKeys(full, 4)];
    expect(before.size).toBeGreaterThan(3);
    const olderPaths = [...before.keys()].filter((path) => path !== 'timeline/');
    expect(olderPaths.length).toBeGreaterThan(2);
    for (const path of olderPaths) expect(after.get(path), path).toBe(before.get(path));
    expect(after.get('timeline/')).not.toBe(before.get('timeline/'));
  });

  it('change when an older page shows something else', () => {
    const keys = timelineKeys(full, 4);
    use(full);
    const pages = newestFirstPages(timelineView(full, current.index as BriefingIndex).newestFirst, 4, 'timeline/');
    const older = pages.at(-1)?.props;
    expect(older?.first).toBe(false);
    if (!older) return;
    const shorter = { ...older, items: older.items.slice(1) };
    expect(timelinePageKey('newest', shorter)).not.toBe(keys.get(older.path));
  });

  it('keep an older updates page when there are more articles', () => {
    use(full);
    const props = newestFirstPages(articleAdditions(full).reverse(), 2, 'updates/').at(-1)?.props;
    if (!props) throw new Error('no updates page');
    const key = updatesPageKey(props);
    const firstKey = updatesPageKey({ ...props, first: true, path: 'updates/' });
    use({
      ...full,
      articles: [...full.articles, ...full.articles.slice(0, 1).map((article) => ({ ...article, id: `${article.id}-again` }))],
    });
    expect(updatesPageKey(props)).toBe(key);
    expect(updatesPageKey({ ...props, first: true, path: 'updates/' })).not.toBe(firstKey);
  });
});
