/**
 * Pages stay small for readers on slow phones: long lists show their first items and say how many more there
 * are, linking to where the rest is. The benchmark checks the same at thousands of articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/model.ts';
import { CARD_SOURCES } from '../../src/site/views/claim-sources.ts';
import { countOf } from '../../src/site/views/capped.ts';
import { htmlPages, rootSite } from './sites.ts';

const MAX_PAGE_BYTES = 150_000;
const pages = htmlPages(rootSite);
const briefing = JSON.parse(readFileSync(join(rootSite.dir, 'briefing.json'), 'utf8')) as Briefing;

describe('page weight', () => {
  it.each(pages.map(({ file, html }) => [file, Buffer.byteLength(html)] as const))('%s is under 150 KB', (_, bytes) => {
    expect(bytes).toBeLessThan(MAX_PAGE_BYTES);
  });

  it('says how many items every "more" link leads to', () => {
    const texts = pages.flatMap(({ html }) =>
      [...parseHTML(html).document.querySelectorAll('a.more-link')].map((a) => a.textContent ?? ''),
    );
    for (const text of texts) expect(text).toMatch(/^(and )?\d+ more \w/);
  });
});

describe('claim cards', () => {
  const large = briefing.claims.filter((claim) => claim.sentences.length > CARD_SOURCES);

  it.runIf(large.length > 0)('list a few reports and link to a page with every one of them', () => {
    const home = pages.find(({ file }) => file === 'index.html')?.html ?? '';
    const { document } = parseHTML(home);
    for (const card of document.querySelectorAll('article.claim')) {
      const claim = briefing.claims.find((c) => c.id === card.getAttribute('id'));
      const listed = card.querySelectorAll('ul.evidence li').length;
      expect(listed).toBe(Math.min(CARD_SOURCES, claim?.sentences.length ?? 0));
      const more = card.querySelector('a.more-link');
      if ((claim?.sentences.length ?? 0) <= CARD_SOURCES) expect(more).toBeNull();
      else expect(more?.textContent).toBe(`and ${countOf((claim?.sentences.length ?? 0) - CARD_SOURCES, 'more report')}`);
    }
    for (const claim of large) {
      const page = readFileSync(join(rootSite.dir, 'claims', claim.id, 'index.html'), 'utf8');
      const links = [...parseHTML(page).document.querySelectorAll('main ol li > a')].map((a) => a.getAttribute('href') ?? '');
      expect(links).toHaveLength(claim.sentences.length);
    }
  });
});
