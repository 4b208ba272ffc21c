import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { Briefing } from '../../src/core/model.ts';
import { briefingJsonChunks, serializeBriefing } from '../../src/core/serialize-briefing.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';
import { briefingOf } from '../helpers/model-parts.ts';

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
    const empty = briefingOf({ title: '' });
    expect(serializeBriefing(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
