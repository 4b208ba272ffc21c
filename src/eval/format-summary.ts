/**
 * Several evaluation reports side by side, one column each (`a`, `b`, `total`): the measures the
 * analysis is judged on, as a plain-text table.
 */
import type { EvalReport } from './evaluate.ts';

const num = (value: number): string => value.toFixed(2);
const of = (part: number, whole: number): string => `${part}/${whole}`;

/** A measure: its label and how to read it off a report. */
type Row = [label: string, read: (report: EvalReport) => string];

function topicRow(topic: string, measure: 'f1' | 'recall' | 'precision'): Row {
  return [
    `  ${topic} ${measure}`,
    (r) => {
      const counts = r.topics.main.topics.find((t) => t.topic === topic);
      return counts ? num(counts[measure]) : '-';
    },
  ];
}

function topicRows(reports: ReadonlyArray<readonly [string, EvalReport]>): Row[] {
  const topics = [...new Set(reports.flatMap(([, r]) => r.topics.main.topics.map((t) => t.topic)))].sort();
  return topics.flatMap((topic) => [topicRow(topic, 'f1'), topicRow(topic, 'precision'), topicRow(topic, 'recall')]);
}

/** The summary table; the first column holds the labels. */
export function formatSummary(reports: ReadonlyArray<readonly [string, EvalReport]>): string {
  const rows: Row[] = [
    ['articles matched', (r) => of(r.articles.pairs.length, r.articles.gold)],
    ['topics macro-F1', (r) => num(r.topics.main.macroF1)],
    ...topicRows(reports),
    ['topics macro-F1 (strict)', (r) => num(r.topics.strict.macroF1)],
    ['holders P', (r) => num(r.statements.precision)],
    ['holders R', (r) => num(r.statements.recall)],
    ['holders F1', (r) => num(r.statements.f1)],
    ['quotes found', (r) => `${of(r.quotes.found, r.quotes.gold)} ${num(r.quotes.recall)}`],
    ['quote speaker right', (r) => `${of(r.quotes.speakerCorrect, r.quotes.found)} ${num(r.quotes.speakerAccuracy)}`],
    ['events right date', (r) => `${of(r.events.found, r.events.gold)} ${num(r.events.share)}`],
    ['claims one gold fact', (r) => `${of(r.claims.correct, r.claims.multiSource)} ${num(r.claims.precision)}`],
    ['  of fact claims', (r) => of(r.claims.factCorrect, r.claims.factMultiSource)],
    ['corroborated recall', (r) => `${of(r.claims.corroboratedFound, r.claims.corroborated)} ${num(r.claims.recall)}`],
    ['discrepancies shown', (r) => of(r.claims.discrepanciesShown, r.claims.discrepancies)],
    ['updates shown', (r) => of(r.claims.updatesShown, r.claims.updates)],
    ['people found', (r) => of(r.participants.found, r.participants.gold)],
    ['people split', (r) => String(r.participants.split.length)],
    ['junk persons', (r) => String(r.participants.junk.length)],
  ];
  const header = ['measure', ...reports.map(([name]) => name)];
  const table = [header, ...rows.map(([label, read]) => [label, ...reports.map(([, report]) => read(report))])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  return table
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}
