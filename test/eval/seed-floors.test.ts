/**
 * Floors on the seed scores: the shipped articles scored against their hand annotation, every measure of the
 * evaluation kept just under what the analysis scores today, so that a change that loses ground fails here. The
 * development set is scored by `npm run eval:dev`, outside the tests (its texts are not part of the project).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import { evaluate, type EvalReport } from '../../src/eval/evaluate.ts';
import { parseGold } from '../../src/eval/gold.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
let report: EvalReport;

beforeAll(() => {
  const { input, errors } = loadInputs(root, storyInputs(defaultStory));
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  report = evaluate(analyze(input), parseGold(JSON.parse(readFileSync(resolve(root, 'test/fixtures/gold_seeds.json'), 'utf8'))));
});

describe('the seed scores', () => {
  it('pair every annotated article', () => {
    expect(report.articles.unmatched).toEqual([]);
    expect(report.articles.pairs).toHaveLength(5);
  });

  it.each([
    ['topics macro-F1', () => report.topics.main.macroF1, 0.92],
    ['statements (holders) F1', () => report.statements.f1, 0.85],
    ['quotes found', () => report.quotes.found / report.quotes.gold, 0.97],
    ['quote speaker right', () => report.quotes.speakerAccuracy, 0.97],
    ['events with the right date', () => report.events.share, 0.96],
    ['multi-source claims that are one gold fact', () => report.claims.precision, 0.95],
    ['recall of corroborated facts', () => report.claims.recall, 0.28],
    ['gold discrepancies shown as disputed or updated', () => report.claims.discrepanciesShown / report.claims.discrepancies, 0.14],
    ['people found', () => report.participants.recall, 0.94],
  ])('%s stays at or above %s', (_, measure, floor) => {
    expect(measure()).toBeGreaterThanOrEqual(floor as number);
  });

  it.each(['ceasefire', 'guarantees', 'participants', 'territory'])('topic %s keeps its F1', (topic) => {
    const floors: Record<string, number> = { ceasefire: 0.93, guarantees: 0.98, participants: 0.75, territory: 0.98 };
    const score = report.topics.main.topics.find((entry) => entry.topic === topic);
    expect(score?.f1).toBeGreaterThanOrEqual(floors[topic]!);
  });

  it('splits no person and keeps no junk', () => {
    expect(report.participants.split).toEqual([]);
    expect(report.participants.junk).toEqual([]);
  });
});
