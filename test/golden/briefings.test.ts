/**
 * Golden test: the whole briefing of each story the tests keep (the default story's seed articles, and the
 * second story), as `briefing.json` publishes it, against its golden file in `test/golden/`, and against the
 * published JSON Schema. A deliberate change is recorded with `UPDATE=1 npm test`; a mismatch otherwise fails and
 * writes `<golden>-changed` beside the golden file so the difference can be read with diff.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import { serializeBriefing } from '../../src/core/serialize-briefing.ts';
import { defaultStory, secondStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe.each([
  ['the seeds briefing (default story)', defaultStory, 'seeds-briefing.json', 5],
  ['the second story briefing', secondStory, 'second-story-briefing.json', 6],
])('%s', (_, story, name, articles) => {
  const golden = join(import.meta.dirname, name);
  const changed = `${golden}-changed`;
  const { input, errors } = loadInputs(root, storyInputs(story));
  const json = serializeBriefing(analyze(input));

  it('loads its articles and editorial data without errors', () => {
    expect(errors).toEqual([]);
    expect(input.articles).toHaveLength(articles);
  });

  it('matches the golden file', () => {
    if (process.env.UPDATE === '1') {
      writeFileSync(golden, json);
      rmSync(changed, { force: true });
    }
    expect(existsSync(golden), `no golden file: run UPDATE=1 npm test to record ${golden}`).toBe(true);
    const expected = readFileSync(golden, 'utf8');
    if (json !== expected) writeFileSync(changed, json);
    else rmSync(changed, { force: true });
    expect(json === expected, `briefing changed: diff ${golden} ${changed}, or UPDATE=1 to accept`).toBe(true);
  });

  it('is the same on a second run (stable ids and order)', () => {
    expect(serializeBriefing(analyze(loadInputs(root, storyInputs(story)).input))).toBe(json);
  });

  it('validates against public/briefing.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(root, 'public', 'briefing.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(JSON.parse(json));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
