import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../src/ingest/sources/read-json-ld.ts';
import { readPageFields, type PageDocument } from '../../src/ingest/sources/read-page-fields.ts';
import type { FoundFields } from '../../src/ingest/sources/source-article.ts';

/** The fields of a page whose `<head>` is `head`, fetched from `pageUrl` when given. */
function fieldsOf(head: string, pageUrl?: string): FoundFields {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`);
  return readPageFields(document as unknown as PageDocument, pageUrl);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageFields', () => {
  it.each<[string, string, FoundFields]>([
    [
      'meta tags',
      '<meta property="og:site_name" content=" The Gulf Ledger "><meta property="article:published_time" content="2025-11-25T18:40:00+04:00"><link rel="canonical" href="https://gulf.example.org/a">',
      {
        outlet: { value: 'The Gulf Ledger', from: 'og:site_name' },
        published: { value: '2025-11-25', from: 'article:published_time' },
        url: { value: 'https://gulf.example.org/a', from: 'the canonical link' },
      },
    ],
    [
      'JSON-LD NewsArticle',
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: 'Kyiv Morning' },
        datePublished: '2025-11-27T06:00:00Z',
        url: 'https://kyiv.example.org/s',
      }),
      {
        outlet: { value: 'Kyiv Morning', from: 'JSON-LD publisher.name' },
        published: { value: '2025-11-27', from: 'JSON-LD datePublished' },
        url: { value: 'https://kyiv.example.org/s', from: 'JSON-LD url' },
      },
    ],
    [
      'meta tags before JSON-LD',
      `<meta property="og:site_name" content="Meta Name">${ld({ '@type': 'NewsArticle', publisher: { name: 'LD Name' }, datePublished: '2025-01-02' })}`,
      { outlet: { value: 'Meta Name', from: 'og:site_name' }, published: { value: '2025-01-02', from: 'JSON-LD datePublished' } },
    ],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://example.org/og">',
      { url: { value: 'https://example.org/og', from: 'og:url' } },
    ],
    [
      'a @graph with the publisher by reference',
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://x.example/#page', url: 'https://x.example/page' },
          { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Graph Times' },
          {
            '@type': ['Article', 'NewsArticle'],
            publisher: { '@id': 'https://x.example/#org' },
            datePublished: '2025-08-15',
            mainEntityOfPage: { '@id': 'https://x.example/story' },
          },
        ],
      }),
      {
        outlet: { value: 'Graph Times', from: 'JSON-LD publisher.name' },
        published: { value: '2025-08-15', from: 'JSON-LD datePublished' },
        url: { value: 'https://x.example/story', from: 'JSON-LD url' },
      },
    ],
    [
      'a NewsArticle over an Article in a list',
      ld([
        { '@type': 'Article', publisher: 'Blog Network', datePublished: '2020-01-01' },
        { '@type': 'NewsArticle', publisher: [{ name: 'Wire Desk' }], datePublished: '2025-08-16' },
      ]),
      { outlet: { value: 'Wire Desk', from: 'JSON-LD publisher.name' }, published: { value: '2025-08-16', from: 'JSON-LD datePublished' } },
    ],
    [
      'a relative canonical link against the fetched address',
      '<link rel="canonical" href="/world/story?ref=1">',
      { url: { value: 'https://gulf.example.org/world/story?ref=1', from: 'the canonical link' } },
    ],
  ])('reads %s', (_name, head, expected) => {
    expect(fieldsOf(head, 'https://gulf.example.org/feed/item')).toEqual(expected);
  });

  describe('nasty pages', () => {
    it.each<[string, string, FoundFields]>([
      ['broken JSON-LD', '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": </script>', {}],
      ['JSON-LD of another type', ld({ '@type': 'Recipe', publisher: { name: 'Cooks' }, datePublished: '2025-01-01' }), {}],
      ['a script that is not JSON-LD', '<script>var x = {"@type":"NewsArticle","publisher":{"name":"Evil"}}</script>', {}],
      ['a date that is not a date', '<meta property="article:published_time" content="yesterday">', {}],
      ['a javascript: canonical link', '<link rel="canonical" href="javascript:alert(1)">', {}],
      ['a data: address in JSON-LD', ld({ '@type': 'NewsArticle', url: 'data:text/html,<script>alert(1)</script>' }), {}],
      ['an empty site name', '<meta property="og:site_name" content="  \u200B ">', {}],
      ['a publisher that is a number', ld({ '@type': 'NewsArticle', publisher: 42 }), {}],
      ['a reference to nothing', ld({ '@type': 'NewsArticle', publisher: { '@id': '#missing' } }), {}],
      ['deep nesting', ld(JSON.parse(`${'['.repeat(500)}{"@type":"NewsArticle","publisher":{"name":"Deep"}}${']'.repeat(500)}`)), {}],
    ])('ignores %s', (_name, head, expected) => {
      expect(fieldsOf(head)).toEqual(expected);
    });

    it('ignores a relative canonical link in a saved file', () => {
      expect(fieldsOf('<link rel="canonical" href="/relative">')).toEqual({});
    });

    it('reads a JSON-LD block whose type carries a charset', () => {
      const head = `<script type="application/ld+json; charset=utf-8">${JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'Typed' } })}</script>`;
      expect(fieldsOf(head).outlet).toEqual({ value: 'Typed', from: 'JSON-LD publisher.name' });
    });

    it('never runs what it reads', () => {
      expect(readJsonLd(['{"@type":"NewsArticle","publisher":{"name":"x","toString":"alert(1)"},"__proto__":{"polluted":true}}'])).toEqual({
        outlet: 'x',
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
