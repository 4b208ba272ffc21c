import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { Briefing } from '../../src/core/model.ts';
import { briefingJsonChunks, parseBriefingLines, serializeBriefing } from '../../src/core/serialize-briefing.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '../..');

describe('serializeBriefing', () => {
  const briefing = analyze(loadInputs(root, storyInputs(defaultStory)).input);

  it('is JSON.stringify with a two-space indent and a final newline, built from pieces', () => {
    expect(serializeBriefing(briefing)).toBe(`${JSON.stringify(briefing, null, 2)}\n`);
    expect([...briefingJsonChunks(briefing)].length).toBeGreaterThan(briefing.articles.length + briefing.participants.length);
  });

  it('writes empty lists, nulls and nested text with newlines the same way', () => {
    const odd = { ...briefing, asOf: null, quotes: [], title: 'Line one\nline "two"' } as Briefing;
    expect(serializeBriefing(odd)).toBe(`${JSON.stringify(odd, null, 2)}\n`);
    const empty = { schemaVersion: 1, title: '', asOf: null, articles: [], topics: [], participants: [], quotes: [], statements: [], events: [], happenings: [], figures: [], claims: [] } as unknown as Briefing;
    expect(serializeBriefing(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});

describe('parseBriefingLines', () => {
  const briefing = analyze(loadInputs(root, storyInputs(defaultStory)).input);
  const roundTrip = (value: unknown) => parseBriefingLines(serializeBriefing(value as Briefing).split('\n'));

  it('reads back exactly what serializeBriefing wrote', () => {
    expect(roundTrip(briefing)).toEqual(JSON.parse(serializeBriefing(briefing)));
  });

  it('reads empty lists, one-line items, nested lists, objects and text that looks like JSON', () => {
    const odd = {
      schemaVersion: 1,
      title: 'Line one\nline "two" },\n  ]',
      asOf: null,
      settings: { a: [1, { b: '    },' }], c: {} },
      articles: [],
      topics: [{}, [], 'plain', 3, { id: 't', sentences: [], nested: [[1, 2], { deep: ['x'] }] }],
    };
    expect(roundTrip(odd)).toEqual(odd);
  });

  it('refuses text it did not write, or that was cut short', () => {
    expect(() => parseBriefingLines(['{', '"title": "x"', '}'])).toThrow(/not a line of briefing.json/);
    const lines = serializeBriefing(briefing).split('\n');
    expect(() => parseBriefingLines(lines.slice(0, 40))).toThrow(/ends in the middle/);
  });
});
