/**
 * What an editor is told about an analysis that takes long or reads something in pieces: the analysis names each
 * stage and article it starts, the build names an article a stage stays on, and the report names the file and line
 * of every sentence read in pieces.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { longSentenceNotes } from '../../src/boundary/long-sentence-notes.ts';
import { analyze } from '../../src/core/analyze.ts';
import { watchStatus } from '../../src/integration/analysis-process.ts';
import { formatBuildReport } from '../../src/integration/build-report.ts';
import type { AnalysisInput, ArticleInput } from '../../src/core/model.ts';
import { articleInput } from '../helpers/article-input.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const input = (articles: ArticleInput[]): AnalysisInput => ({ title: 'Watch', articles, topics: [], registry: [], places: [] });

describe('the analysis watch', () => {
  it('is told every stage in order, and every article as each stage begins it', () => {
    const told: string[] = [];
    analyze(
      input([
        articleInput('one', 'Kyiv said the talks would go on.'),
        articleInput('two', 'Moscow said it would wait.', { published: '2025-11-29' }),
      ]),
      (stage, article) => told.push(article === null ? stage : `${stage}:${article}`),
    );
    const stages = told.filter((line) => !line.includes(':'));
    expect(stages).toEqual(['text', 'topics', 'participants', 'statements', 'quotes', 'dates', 'figures', 'claims']);
    for (const stage of ['text', 'topics', 'participants', 'statements', 'quotes', 'dates', 'figures']) {
      expect(
        told
          .filter((line) => line.startsWith(`${stage}:`))
          .map((line) => line.split(':')[1])
          .sort(),
      ).toEqual(stage === 'participants' ? ['one', 'one', 'two', 'two'] : ['one', 'two']);
    }
  });

  it('leaves the briefing as it is without a watch', () => {
    const articles = [articleInput('one', 'Kyiv said the talks would go on.')];
    expect(analyze(input(articles), () => {})).toEqual(analyze(input(articles)));
  });
});

describe('the status watch', () => {
  it('names the article a stage stays on, and says nothing while the analysis moves on', async () => {
    const file = join(scratch, 'status.txt');
    const articles = join(scratch, 'articles');
    const told: string[] = [];
    writeFileSync(file, 'topics\tquick-one\n');
    const stop = watchStatus(file, articles, (message) => told.push(message), { slowAfterMs: 60, everyMs: 10 });
    await new Promise((done) => setTimeout(done, 40));
    writeFileSync(file, 'quotes\tslow-one\n');
    await new Promise((done) => setTimeout(done, 250));
    stop();
    expect(told.length).toBeGreaterThanOrEqual(1);
    const path = relative(process.cwd(), join(articles, 'slow-one.md'));
    for (const message of told)
      expect(message).toMatch(new RegExp(`^The analysis has been reading ${path} in its quotes stage for \\d+ s\\.$`));
    expect(told.join('\n')).not.toContain('quick-one');
  });

  it('says nothing between articles, nor when there is no status yet', async () => {
    const told: string[] = [];
    const between = join(scratch, 'between.txt');
    writeFileSync(between, 'claims\t\n');
    const stops = [
      watchStatus(between, scratch, (message) => told.push(message), { slowAfterMs: 20, everyMs: 5 }),
      watchStatus(join(scratch, 'missing.txt'), scratch, (message) => told.push(message), { slowAfterMs: 20, everyMs: 5 }),
    ];
    await new Promise((done) => setTimeout(done, 120));
    for (const stop of stops) stop();
    expect(told).toEqual([]);
  });
});

describe('notes on sentences read in pieces', () => {
  const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
  mkdirSync(join(scratch, 'project', 'articles'), { recursive: true });
  const raw = `---\ntitle: Long\n---\n\nA short opening sentence.\n\n${long}.\n\nA short closing sentence.\n`;
  writeFileSync(join(scratch, 'project', 'articles', 'long.md'), raw);
  const article = articleInput('long', `A short opening sentence.\n\n${long}.\n\nA short closing sentence.`);

  it('name the file and line of each sentence past the limit, and nothing for short ones', () => {
    const notes = longSentenceNotes(join(scratch, 'project'), [article, articleInput('short', 'Only a short sentence.')]);
    expect(notes).toEqual([
      'articles/long.md:7: a sentence of 900 words is read by the analysis in pieces of at most 400 words (its page shows it whole)',
    ]);
  });

  it('are listed at the end of the build report', () => {
    const report = formatBuildReport(analyze(input([article])), ['articles/long.md:7: a note']);
    expect(report.split('\n').slice(-2)).toEqual(['Read in pieces:', '  articles/long.md:7: a note']);
    expect(formatBuildReport(analyze(input([article])))).not.toContain('Read in pieces');
  });
});
