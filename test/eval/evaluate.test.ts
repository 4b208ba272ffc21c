import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.ts';
import { formatReport } from '../../src/eval/format-report.ts';
import { tinyBriefing, tinyGold } from './tiny.ts';

const report = evaluate(tinyBriefing, tinyGold);

describe('evaluate: public surface', () => {
  it('reports articles, topics, participants, quotes and events', () => {
    expect(Object.keys(report)).toEqual(['articles', 'topics', 'participants', 'quotes', 'statements', 'events', 'claims']);
  });
});

describe('evaluate on a tiny hand-made briefing', () => {
  it('pairs articles by sentences, not by order or name', () => {
    expect(report.articles.pairs).toEqual([
      { file: 'a.txt', article: 'y', shared: 4, sentences: 4 },
      { file: 'b.txt', article: 'x', shared: 1, sentences: 1 },
    ]);
    expect(report.articles.unmatched).toEqual(['c.txt']);
  });

  it('scores topics without and with borderline sentences', () => {
    const main = Object.fromEntries(report.topics.main.topics.map((t) => [t.topic, [t.truePositives, t.falsePositives, t.falseNegatives]]));
    expect(main).toEqual({ ceasefire: [1, 0, 0], guarantees: [0, 0, 0], participants: [1, 0, 0], territory: [1, 1, 0] });
    expect(report.topics.main.sentences).toBe(4);
    expect(report.topics.main.macroF1).toBeCloseTo((1 + 1 + 2 / 3) / 3, 6);
    expect(report.topics.strict.sentences).toBe(5);
    expect(report.topics.strict.macroF1).toBeCloseTo((1 + 0 + 1 + 2 / 3) / 4, 6);
    expect(report.topics.main.topics.find((t) => t.topic === 'ceasefire')?.mapsTo).toBe('ceasefire-vs-peace-deal');
    expect(report.topics.misses.map((m) => [m.text, m.borderline])).toEqual([
      ['They discussed a "ceasefire".', false],
      ['Kyiv wants guarantees.', true],
    ]);
  });

  it('scores participants: found, split, merged, junk', () => {
    expect(report.participants).toEqual({
      gold: 3,
      found: 2,
      recall: 2 / 3,
      missed: ['volodymyr-zelensky'],
      split: [
        { gold: 'donald-trump', briefing: ['trump', 'leaders'] },
        { gold: 'vladimir-putin', briefing: ['putin-1', 'putin-2', 'leaders'] },
      ],
      merged: [{ briefing: 'leaders', gold: ['donald-trump', 'vladimir-putin'] }],
      junk: ['Joe Bloggs'],
    });
  });

  it('scores quotes within the same article, speakers by name', () => {
    expect(report.quotes).toEqual({
      gold: 3,
      found: 2,
      recall: 2 / 3,
      speakerCorrect: 1,
      speakerAccuracy: 0.5,
      missed: ['not for sale'],
      wrongSpeaker: [{ text: 'Let them talk', gold: 'vladimir-putin', briefing: 'trump' }],
    });
  });

  it('scores who says what over sentence and holder pairs, in gold ids', () => {
    const { misses, ...counts } = report.statements;
    expect(counts).toEqual({ sentences: 5, truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(misses).toEqual([
      { file: 'a.txt', text: 'Putin met Trump in Alaska.', gold: [], predicted: ['joe'] },
      { file: 'b.txt', text: 'Zelensky said land is not for sale.', gold: ['volodymyr-zelensky'], predicted: [] },
    ]);
  });

  it('scores multi-source claims as gold facts, not shared names', () => {
    const { judgements, ...claims } = report.claims;
    expect(judgements.map((j) => [j.claim, j.correct])).toEqual([
      ['c-right', true],
      ['c-names', false],
      ['c-dispute', true],
    ]);
    expect(claims).toEqual({
      multiSource: 3,
      correct: 2,
      precision: 2 / 3,
      correctStrict: 2,
      corroborated: 1,
      corroboratedFound: 1,
      recall: 1,
      discrepancies: 1,
      discrepanciesShown: 1,
      factMultiSource: 3,
      factCorrect: 2,
      updates: 0,
      updatesShown: 0,
      missed: [],
    });
  });

  it('counts a name spelled differently among all claims, apart from the fact claims', () => {
    const spelled = { ...tinyBriefing.claims[1]!, id: 'c-spelling', kind: 'spelling' as const };
    const out = evaluate({ ...tinyBriefing, claims: [...tinyBriefing.claims, spelled] }, tinyGold).claims;
    expect([out.multiSource, out.correct, out.factMultiSource, out.factCorrect]).toEqual([4, 2, 3, 2]);
  });

  it('recalls every gold fact a claim states, also when an earlier gold item holds the same sentences', () => {
    const overlapping = {
      kind: 'discrepancy' as const,
      claim: 'Where they met.',
      files: ['a.txt', 'b.txt'],
      sentences: tinyGold.crossSource[0]!.sentences,
    };
    const gold = { ...tinyGold, crossSource: [overlapping, ...tinyGold.crossSource] };
    const out = evaluate({ ...tinyBriefing, claims: [tinyBriefing.claims[0]!] }, gold).claims;
    expect([out.correct, out.corroboratedFound]).toEqual([1, 1]);
  });

  it('shows a discrepancy only by a claim whose members lie at least half inside it', () => {
    const wide = { ...tinyBriefing.claims[2]!, sentences: ['y#s-2', 'x#s-1', 'y#s-3', 'y#s-4', 'y#s-1'] };
    const out = evaluate({ ...tinyBriefing, claims: [wide] }, tinyGold).claims;
    expect(out.discrepanciesShown).toBe(0);
  });

  it('scores events by date and precision in the evidence sentence', () => {
    expect(report.events).toEqual({
      gold: 3,
      found: 2,
      share: 2 / 3,
      evidenceNotFound: 0,
      missed: ['2022-02 (month): discussed'],
    });
  });

  it('formats a readable report', () => {
    const text = formatReport(report);
    expect(text).toContain('Articles: 2 of 3 gold articles matched');
    expect(text).toContain('main (without borderline): macro-F1 0.889 over 4 sentences');
    expect(text).toContain('split: vladimir-putin → putin-1 + putin-2 + leaders');
    expect(text).toContain('junk persons (1): Joe Bloggs');
    expect(text).toContain('found 2/3 (66.7%); speaker right 1/2 (50.0%)');
  });
});

describe('evaluate: nasty inputs', () => {
  it('an empty briefing scores zero and matches nothing', () => {
    const empty = { ...tinyBriefing, articles: [], participants: [], quotes: [], statements: [], events: [], claims: [] };
    const out = evaluate(empty, tinyGold);
    expect(out.articles.pairs).toEqual([]);
    expect(out.topics.main.macroF1).toBe(0);
    expect(out.participants.gold).toBe(0);
    expect(out.quotes.gold).toBe(0);
    expect(out.statements.sentences).toBe(0);
    expect(out.claims.multiSource).toBe(0);
  });

  it('an empty gold file scores nothing', () => {
    const out = evaluate(tinyBriefing, { articles: [], participants: [], quotes: [], events: [], crossSource: [] });
    expect(out.articles).toEqual({ gold: 0, pairs: [], unmatched: [] });
    expect(out.topics.strict.sentences).toBe(0);
  });
});
