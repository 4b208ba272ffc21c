/**
 * No article can stall the analysis: for inputs that are not prose (a transcript without full stops, runs of
 * quotation marks, digits, dates, capitalised words, brackets, emoji and combining marks) the analysis does about the
 * same work per kilobyte as for prose, and twice the input costs about twice the work. Work is counted, not timed:
 * V8's precise coverage counts how often every block of `src/core` runs, which is the same on every run and machine.
 * Then generated inputs check that the output stays valid whatever the text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import type { AnalysisInput, Briefing } from '../../src/core/model.ts';
import { worstCases } from '../../scripts/bench/worst-cases.ts';
import { articleInput } from '../helpers/article-input.ts';
import { workOf } from '../helpers/count-work.ts';
import { loadRegistry } from './participants/load-registry.ts';
import { loadTopicDefinitions } from './topics/load-topic-definitions.ts';

const base: AnalysisInput = { title: 'T', articles: [], topics: loadTopicDefinitions(), registry: loadRegistry() };
const analyseBody = (body: string): Briefing => analyze({ ...base, articles: [articleInput('x', body, { published: '2025-11-24' })] });

/** Pathological bodies at a quarter, half and whole of their reported size; the first is prose, the yardstick. */
const scales = [0.25, 0.5, 1];
const cases: Array<[name: string, make: (scale: number) => string]> = worstCases.map(({ name, make }) => [name, make]);
const prose = worstCases[0]!.make(0.1);

/** How many times blocks of `src/core` ran while analysing the body. */
const work = (body: string): Promise<number> => workOf(() => analyseBody(body));

describe('linear work: no input costs more than prose does, per kilobyte', () => {
  const perKilobyte = new Map<string, number[]>();
  const steps = new Map<string, number[]>();

  beforeAll(async () => {
    analyseBody(prose); // load and compile everything once, so first-call work is not counted
    for (const [name, make] of cases) {
      for (const scale of scales) {
        const body = make(scale);
        const counted = await work(body);
        steps.set(name, [...(steps.get(name) ?? []), counted]);
        perKilobyte.set(name, [...(perKilobyte.get(name) ?? []), counted / (Buffer.byteLength(body) / 1024)]);
      }
    }
  }, 120_000);

  it.each(cases.map(([name]) => name))('%s: twice the input, at most 2.2 times the work', (name) => {
    const [one, two, four] = steps.get(name)!;
    expect(two! / one!).toBeLessThanOrEqual(2.2);
    expect(four! / two!).toBeLessThanOrEqual(2.2);
  });

  it.each(cases.slice(1).map(([name]) => name))('%s: at most 5 times the work per kilobyte of prose', (name) => {
    const yardstick = perKilobyte.get('prose')![2]!;
    expect(perKilobyte.get(name)![2]!).toBeLessThanOrEqual(5 * yardstick);
  });
});

describe('valid output whatever the text', () => {
  /** Pieces of text that stress the rules: marks, digits, names, dates, brackets, scripts. */
  const piece = fc.constantFrom(
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '(',
    ')',
    '[',
    ']',
    ',',
    '.',
    ';',
    ':',
    '—',
    ' ',
    ' ',
    ' ',
    '\n\n',
    '1,',
    '000',
    '28',
    '2025',
    'on Monday',
    'the next day',
    'a day earlier',
    'Friday',
    'Nov. 25',
    'Trump',
    'Putin said',
    'Zelensky',
    'Rubio told',
    'the president',
    'he said',
    'according to',
    'Mr.',
    'U.S.',
    'the Kremlin',
    'peace plan',
    'ceasefire',
    'Donbas',
    'security guarantees',
    'Ivan',
    'Petrov',
    'al-',
    'von der',
    '🇺🇦',
    '👍🏽',
    '́',
    'é',
    'שלום',
    'سلام',
    '中文',
  );
  const body = fc.array(piece, { minLength: 1, maxLength: 300 }).map((pieces) => pieces.join(''));

  it('keeps ids unique, offsets inside their sentence and every reference pointing at something that exists', () => {
    fc.assert(
      fc.property(body, (text) => {
        const briefing = analyseBody(text);
        const sentences = new Map(
          briefing.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence] as const)),
        );
        const participants = new Set(briefing.participants.map((participant) => participant.id));
        expect(new Set(sentences.keys()).size).toBe(sentences.size);
        for (const sentence of sentences.values()) expect(sentence.text.trim()).not.toBe('');
        for (const quote of briefing.quotes) {
          for (const id of quote.sentences) expect(sentences.has(id)).toBe(true);
          if (quote.speaker !== null) expect(participants.has(quote.speaker)).toBe(true);
        }
        for (const statement of briefing.statements) {
          expect(sentences.has(statement.sentence)).toBe(true);
          expect(participants.has(statement.participant)).toBe(true);
        }
        for (const event of briefing.events) {
          expect(sentences.get(event.sentence)?.text).toContain(event.evidence);
          expect(event.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        }
        for (const claim of briefing.claims) for (const id of claim.sentences) expect(sentences.has(id)).toBe(true);
        for (const participant of briefing.participants) for (const id of participant.mentions) expect(sentences.has(id)).toBe(true);
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
