import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/boundary/editorial-schemas.ts';
import { appendEntries } from '../../src/register/append-entries.ts';
import type { DiscoveredPerson } from '../../src/register/discovered-people.ts';
import { discoveredPeople } from '../../src/register/discovered-people.ts';
import type { Briefing, Participant } from '../../src/core/model.ts';
import { contentPaths } from '../../src/boundary/load-inputs.ts';
import { defaultStory } from '../helpers/stories.ts';
import { starterFiles } from '../../src/story/starter-files.ts';

const REGISTER = readFileSync(contentPaths(defaultStory.content).registry, 'utf8');
const person = (id: string, name: string, mentions = 2, roles: string[] = []): DiscoveredPerson => ({ id, name, mentions, roles });

describe('appendEntries', () => {
  it('keeps every byte of the register and adds each person after a blank line, under a comment', () => {
    const text = appendEntries(REGISTER, [
      person('aurelio-bastida', 'Aurelio Bastida', 2, ['Swiss Foreign Minister']),
      person('kaia-lindqvist', 'Kaia Lindqvist', 1),
    ]);
    expect(text.startsWith(REGISTER)).toBe(true);
    expect(text.slice(REGISTER.length)).toBe(
      [
        '',
        '# Found in the text: "Swiss Foreign Minister"; 2 mentions (npm run register).',
        '- id: aurelio-bastida',
        '  name: Aurelio Bastida',
        '  kind: person',
        '  affiliation: null',
        '  aliases: []',
        '# Found in the text: 1 mention (npm run register).',
        '- id: kaia-lindqvist',
        '  name: Kaia Lindqvist',
        '  kind: person',
        '  affiliation: null',
        '  aliases: []',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, string]>([
    ['an empty file', ''],
    ['a file of comments only', '# Register\n'],
    ['an empty list', '[]\n'],
    ['the register a new story starts with', starterFiles('A story')['participants.yaml'] ?? ''],
  ])('starts a list in %s', (_name, start) => {
    const entries = registrySchema.parse(parse(appendEntries(start, [person('kaia-lindqvist', 'Kaia Lindqvist')])));
    expect(entries.map((entry) => entry.id)).toEqual(['kaia-lindqvist']);
  });

  describe('nasty inputs', () => {
    it.each<[string, DiscoveredPerson]>([
      ['a role with a line break and a #', person('a-b', 'A B', 1, ['envoy\n- id: injected # not a comment'])],
      ['a name with YAML syntax', person('a-b', 'A: B [x] {y} #z', 1)],
      ['control characters', person('a-b', 'A\u0000B\u001b[2J', 1, ['role\u2028two'])],
      ['a very long role', person('a-b', 'A B', 1, ['r'.repeat(5000)])],
    ])('writes %s as one valid entry', (_name, entry) => {
      const text = appendEntries(REGISTER, [entry]);
      const entries = registrySchema.parse(parse(text));
      expect(entries.at(-1)?.id).toBe('a-b');
      expect(entries.length).toBe(registrySchema.parse(parse(REGISTER)).length + 1);
      for (const line of text
        .slice(REGISTER.length)
        .split('\n')
        .filter((l) => l.startsWith('#')))
        expect(line.length).toBeLessThan(200);
    });

    it.each<[string, string, RegExp]>([
      ['not YAML', '- id: [unclosed\n', /^the register is not valid YAML: /],
      ['a mapping', 'id: x\nname: y\n', /^the register is not a list of entries$/],
    ])('refuses a register that is %s', (_name, text, message) => {
      expect(() => appendEntries(text, [person('a-b', 'A B')])).toThrow(message);
    });

    it('refuses an id the register cannot hold', () => {
      expect(() => appendEntries(REGISTER, [person('Not An Id', 'X')])).toThrow(/^the register would not be valid: /);
    });
  });
});

describe('discoveredPeople', () => {
  const participant = (id: string, registered: boolean, mentions: number): Participant => ({
    id,
    name: id,
    kind: 'person',
    affiliation: null,
    roles: [],
    roleSources: [],
    aliases: [],
    registered,
    mentions: Array.from({ length: mentions }, (_, i) => `a#s-${i + 1}`),
  });

  it('lists the unregistered, most mentioned first, then by id', () => {
    const briefing = {
      participants: [participant('b', false, 1), participant('reg', true, 9), participant('c', false, 3), participant('a', false, 1)],
    } as unknown as Briefing;
    expect(discoveredPeople(briefing).map((p) => [p.id, p.mentions])).toEqual([
      ['c', 3],
      ['a', 1],
      ['b', 1],
    ]);
  });
});
