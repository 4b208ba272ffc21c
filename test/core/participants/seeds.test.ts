import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleOf } from '../../../src/core/ids.ts';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { parseArticle } from '../../../src/core/text/parse-article.ts';
import { rawSeedInputs } from '../../helpers/raw-seeds.ts';
import { loadRegistry } from './load-registry.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

interface GoldParticipant {
  id: string;
  kind: string;
  aliases: string[];
  articles: string[];
}

const gold: GoldParticipant[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'gold_seeds.json'), 'utf8'),
).participants;
const { participants, mentions } = resolveParticipants(readArticles(rawSeedInputs().map(parseArticle)), loadRegistry());
const slugOf = (file: string) => `seed-${file.slice(0, 3)}`;

/**
 * Known miss: the seeds call Scott Bessent only "Scott", and the article never gives his full
 * name; a lone first name stays unresolved unless the article introduces it.
 */
const unreachable = new Set(['scott-bessent']);

describe('participants on the seed articles', () => {
  it.each(gold.filter((g) => !unreachable.has(g.id)).map((g) => [g.id, g] as const))(
    'finds %s in every article the gold lists',
    (_id, g) => {
      const found = new Set(mentions.filter((m) => m.participant === g.id).map((m) => articleOf(m.sentence)));
      expect([...found].sort()).toEqual(expect.arrayContaining(g.articles.map(slugOf)));
    },
  );

  it('splits no gold person across two ids', () => {
    const fold = (text: string) =>
      text
        .toLowerCase()
        .replace(/[’']s$/, '')
        .replace(/^the /, '');
    for (const g of gold.filter((entry) => entry.kind === 'person')) {
      const names = new Set(g.aliases.map(fold));
      const holders = participants.filter((p) => p.kind === 'person' && p.aliases.some((alias) => names.has(fold(alias)))).map((p) => p.id);
      expect(
        holders.filter((id) => id !== g.id),
        g.id,
      ).toEqual([]);
    }
  });

  it('finds no person the gold does not list', () => {
    const people = participants.filter((p) => p.kind === 'person').map((p) => p.id);
    expect(people.filter((id) => !gold.some((g) => g.id === id))).toEqual([]);
  });

  it('discovers the unregistered Fiona Hill with her role from the text', () => {
    expect(participants.find((p) => p.id === 'fiona-hill')).toMatchObject({
      registered: false,
      aliases: ['Fiona Hill'],
      roles: ['served on Trump’s security council during his first term'],
    });
  });

  it('reads metonyms as actors only', () => {
    const capitals = mentions.filter((m) => m.rule === 'metonym').map((m) => `${articleOf(m.sentence)} ${m.surface}`);
    expect(capitals).not.toContain('seed-004 Washington');
    expect(capitals).not.toContain('seed-004 Moscow');
    expect(capitals).toEqual(expect.arrayContaining(['seed-001 Kyiv', 'seed-001 Moscow', "seed-001 Washington's", 'seed-003 Kyiv']));
  });
});
