/**
 * Reads the article fields of a page's JSON-LD (`<script type="application/ld+json">`): the publisher's
 * name, the publication day and the address of the first object whose `@type` is a news article type
 * (`../words/article-types.ts`), looking inside arrays and `@graph` lists and following a publisher given
 * by `@id` reference. The script text is parsed as JSON, never run; broken JSON is skipped.
 */
import { articleTypes } from '../words/article-types.ts';

/** What JSON-LD says about the article; every field optional. */
export interface JsonLdFields {
  /** `publisher.name`. */
  outlet?: string;
  /** `datePublished`, as written. */
  published?: string;
  /** `url`, else `mainEntityOfPage`. */
  url?: string;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Every object of a parsed JSON-LD block: top level, in arrays and in `@graph` lists, two levels deep. */
function nodesOf(value: unknown, depth = 0): Node[] {
  if (depth > 2) return [];
  if (Array.isArray(value)) return value.flatMap((item) => nodesOf(item, depth + 1));
  if (!isNode(value)) return [];
  return [value, ...(Array.isArray(value['@graph']) ? nodesOf(value['@graph'], depth + 1) : [])];
}

/** The rank of a node's `@type` in the article types, or -1. */
function rankOf(node: Node): number {
  const types = ([] as unknown[]).concat(node['@type']).filter((type): type is string => typeof type === 'string');
  const ranks = types.map((type) => articleTypes.indexOf(type.replace(/^(?:https?:\/\/)?schema\.org\//, ''))).filter((rank) => rank >= 0);
  return ranks.length === 0 ? -1 : Math.min(...ranks);
}

/** A publisher's name: a string, an object with `name`, a reference to such an object, or the first of a list. */
function publisherName(value: unknown, nodes: readonly Node[]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return text(first);
  if (!isNode(first)) return undefined;
  const named = text(first.name);
  if (named) return named;
  const id = text(first['@id']);
  return id ? text(nodes.find((node) => node['@id'] === id && node !== first)?.name) : undefined;
}

/** An address field: a string, or an object with `@id` or `url`. */
function addressOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? (text(value['@id']) ?? text(value.url)) : undefined;
}

/** The article fields of the JSON-LD blocks' texts, or `{}`. */
export function readJsonLd(blocks: readonly string[]): JsonLdFields {
  const nodes = blocks.flatMap((block) => {
    try {
      return nodesOf(JSON.parse(block) as unknown);
    } catch {
      return [];
    }
  });
  const ranked = nodes.map((node) => ({ node, rank: rankOf(node) })).filter(({ rank }) => rank >= 0);
  const article = ranked.sort((a, b) => a.rank - b.rank)[0]?.node;
  if (!article) return {};
  const fields: JsonLdFields = {};
  const outlet = publisherName(article.publisher, nodes);
  const published = text(article.datePublished);
  const url = addressOf(article.url) ?? addressOf(article.mainEntityOfPage);
  if (outlet) fields.outlet = outlet;
  if (published) fields.published = published;
  if (url) fields.url = url;
  return fields;
}
