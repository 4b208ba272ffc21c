/**
 * The per-article memo: an analysis that recalls kept results gives byte for byte the briefing of one that reads
 * everything, whether it recalls nothing, everything, or all but a new or edited article, and it stops
 * recalling a stage's results when that stage's settings (the topic definitions) change.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { memoFolder } from '../../src/boundary/memo-folder.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { AnalysisInput } from '../../src/core/model.ts';
import { serializeBriefing } from '../../src/core/serialize-briefing.ts';
import type { StageMemo } from '../../src/core/stage-memo.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seeds = loadInputs(root, storyInputs(defaultStory)).input;
const sixth = loadInputs(root, { ...storyInputs(defaultStory), articles: 'test/fixtures/sixth-article' }).input.articles;

/** The memo in `dir`, counting what it recalls. */
function counted(): { memo: StageMemo & { save(): void }; recalled: () => number } {
  const folder = memoFolder(dir, root);
  let recalled = 0;
  return {
    memo: {
      recall: (stage, article, settings) => {
        const result = folder.recall(stage, article, settings);
        if (result !== undefined) recalled += 1;
        return result;
      },
      keep: folder.keep,
      save: folder.save,
    },
    recalled: () => recalled,
  };
}

/** Analyses `input` with the memo, saves it; the briefing's JSON and how many results were recalled. */
function withMemo(input: AnalysisInput): { json: string; recalled: number } {
  const { memo, recalled } = counted();
  const json = serializeBriefing(analyze(input, undefined, memo));
  memo.save();
  return { json, recalled: recalled() };
}

const fresh = (input: AnalysisInput) => serializeBriefing(analyze(input));
/** Four stages read one article at a time: text, topics, dates, figures. */
const STAGES = 4;

describe('an analysis with the per-article memo', () => {
  it('gives the same briefing when the memo is empty, and keeps one file per article', () => {
    expect(withMemo(seeds)).toEqual({ json: fresh(seeds), recalled: 0 });
    expect(readdirSync(dir)).toHaveLength(seeds.articles.length);
  });

  it('gives the same briefing recalling every article', () => {
    expect(withMemo(seeds)).toEqual({ json: fresh(seeds), recalled: STAGES * seeds.articles.length });
  });

  it('gives the same briefing when an article is added, recalling the others', () => {
    const input = { ...seeds, articles: [...seeds.articles, ...sixth] };
    expect(withMemo(input)).toEqual({ json: fresh(input), recalled: STAGES * seeds.articles.length });
  });

  it('gives the same briefing when an article is edited, reading it again, and forgets articles no longer there', () => {
    const [first, ...rest] = seeds.articles;
    if (!first) throw new Error('no seed articles');
    const input = {
      ...seeds,
      articles: [{ ...first, body: `${first.body}\n\nKyiv said on Sunday it would not cede the Donbas.\n` }, ...rest],
    };
    expect(withMemo(input)).toEqual({ json: fresh(input), recalled: STAGES * rest.length });
    expect(readdirSync(dir)).toHaveLength(seeds.articles.length);
  });

  it('reads every article again in the topics stage when a topic definition changes', () => {
    const [topic, ...others] = seeds.topics;
    if (!topic) throw new Error('no topics');
    const input = { ...seeds, topics: [{ ...topic, threshold: topic.threshold + 0.5 }, ...others] };
    withMemo(seeds);
    expect(withMemo(input)).toEqual({ json: fresh(input), recalled: (STAGES - 1) * seeds.articles.length });
  });
});
