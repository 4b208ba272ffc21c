/**
 * Trust details a reader checks: a citation names what its target shows (source pages number paragraphs, so a
 * citation says "paragraph N", and the sentence it links to is in that paragraph), and the sources page groups the
 * outlets that ran the same agency story and says in one line why they count once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlPages, rootSite } from './sites.ts';

const documents = new Map<string, Document>();
function page(path: string): Document {
  const file = `${path.replace(/^\//, '')}index.html`;
  if (!documents.has(file)) documents.set(file, parseHTML(readFileSync(join(rootSite.dir, file), 'utf8')).document);
  return documents.get(file) as Document;
}

describe('citations', () => {
  const citations = htmlPages(rootSite).flatMap(({ file, html }) =>
    [...parseHTML(html).document.querySelectorAll('a.source-link, .claim .evidence a')].map((link) => ({
      file,
      text: link.textContent ?? '',
      href: link.getAttribute('href') ?? '',
    })),
  );

  it('are many, on many pages', () => {
    expect(citations.length).toBeGreaterThan(200);
    expect(new Set(citations.map((citation) => citation.file)).size).toBeGreaterThan(20);
  });

  it('each name the paragraph the source page numbers, and the sentence they lead to sits in that paragraph', () => {
    const wrong = citations.flatMap(({ file, text, href }) => {
      const paragraph = /, paragraph (\d+)$/.exec(text)?.[1];
      const [path = '', anchor = ''] = href.split('#');
      const sentence = page(path).getElementById(anchor);
      const shown = sentence?.closest('p')?.querySelector('.pnum')?.textContent;
      return paragraph !== undefined && shown === `¶${paragraph}` && sentence?.closest('p')?.id === `p${paragraph}`
        ? []
        : [`${file}: "${text}" → ${href} (${shown ?? 'no sentence'})`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the sources page', () => {
  const document = page('/sources/');
  const section = document.getElementById('independence')?.closest('section');

  it('says in one line why outlets that ran the same agency story count once', () => {
    expect(section?.querySelector('p')?.textContent).toBe(
      "5 articles from 5 outlets make 4 independent sources. When several outlets run the same news agency's story, the agency did the reporting, so they count once.",
    );
  });

  it('groups the outlets that ran the same agency story', () => {
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([['Reuters', 'The Sun (Malaysia), The West Australian', '2, counted as 1 source']]);
  });

  it('names the agency beside each outlet that ran its story', () => {
    const badges = [...document.querySelectorAll('.plain-list .badge.outlet')].map((badge) => badge.textContent);
    expect(badges).toContain('The Sun (Malaysia), from Reuters');
    expect(badges).toContain('NZ Herald');
  });
});
