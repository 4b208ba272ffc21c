import { mkdtempSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { Briefing } from '../../src/core/model.ts';
import { serializeBriefing } from '../../src/core/serialize-briefing.ts';
import { readBriefingRecords, writeBriefingRecords } from '../../src/integration/briefing-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes and reads back. */
function roundTrip(value: unknown, name: string): Briefing {
  const path = join(dir, name);
  writeBriefingRecords(path, value as Briefing);
  return readBriefingRecords(path);
}

describe('briefing records', () => {
  const briefing = analyze(loadInputs(resolve(import.meta.dirname, '../..'), storyInputs(defaultStory)).input);

  it('read back a briefing that serialises to exactly the same briefing.json', () => {
    expect(serializeBriefing(roundTrip(briefing, 'seeds'))).toBe(serializeBriefing(briefing));
  });

  it.each<[string, unknown]>([
    ['empty lists and nulls', { schemaVersion: 1, title: '', asOf: null, articles: [], topics: [], claims: [] }],
    [
      'lists longer than one record',
      { schemaVersion: 1, title: 'x', figures: Array.from({ length: 1000 }, (_, i) => ({ id: `f${i}`, value: String(i) })) },
    ],
    [
      'text that looks like structure',
      { title: 'Line one\n  ],\n"two" \u0000 \u2028', topics: [{}, [], 'plain', 3, { nested: [[1, 2], { deep: ['x'] }] }] },
    ],
  ])('keep %s as they were', (name, value) => {
    expect(roundTrip(value, name.replaceAll(' ', '-'))).toEqual(value);
  });

  it('refuse a file cut short', () => {
    const path = join(dir, 'cut');
    writeBriefingRecords(path, briefing);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expect(() => readBriefingRecords(path)).toThrow(/ends in the middle of a record|ends inside/);
  });
});
