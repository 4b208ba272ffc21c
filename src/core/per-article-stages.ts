/**
 * The stages whose result for an article depends on that article alone (and the stage's settings): the text,
 * topics, dated statements and figures. Each takes an article's result from the memo when it was kept
 * (`stage-memo.ts`), reads the others as the stage always does, all at once, and keeps what it read. A stage
 * run over some articles gives each of them what a run over all would: none of them looks across articles.
 */
import type { ArticleInput, Figure, TopicAssignment, TopicDefinition } from './model.ts';
import type { ArticleReading } from './reading/read-articles.ts';
import type { Paragraph, ParsedArticle, TextSentence } from './stages.ts';
import type { StageMemo } from './stage-memo.ts';
import type { ArticleWatch } from './watch.ts';
import { parseArticle } from './text/parse-article.ts';
import { assignTopics } from './topics/assign-topics.ts';
import { draftEvents, type EventDraft } from './dates/event-draft.ts';
import type { ZoneTable } from './dates/zone-offsets.ts';
import { extractFigures } from './figures/extract-figures.ts';
import { articleOf } from './ids.ts';

/** An article's text as kept: its paragraphs and sentences (one graph, so the sentences are shared). */
interface KeptText {
  paragraphs: Paragraph[];
  sentences: TextSentence[];
}

/** The text stage of every article, in the order given. */
export function parseArticles(articles: readonly ArticleInput[], memo: StageMemo, watch: ArticleWatch): ParsedArticle[] {
  return articles.map((input) => {
    const kept = memo.recall('text', input) as KeptText | undefined;
    if (kept) return { input, paragraphs: kept.paragraphs, sentences: kept.sentences };
    watch(input.slug);
    const parsed = parseArticle(input);
    memo.keep('text', input, { paragraphs: parsed.paragraphs, sentences: parsed.sentences } satisfies KeptText);
    return parsed;
  });
}

/** Sentence id → topic assignments, for every sentence of every article. */
export function topicsOfArticles(
  readings: readonly ArticleReading[],
  topics: readonly TopicDefinition[],
  memo: StageMemo,
  watch: ArticleWatch,
): Map<string, TopicAssignment[]> {
  const result = new Map<string, TopicAssignment[]>();
  const unread = readings.filter((reading) => {
    const kept = memo.recall('topics', reading.parsed.input, topics) as Array<[string, TopicAssignment[]]> | undefined;
    for (const [sentence, assignments] of kept ?? []) result.set(sentence, assignments);
    return kept === undefined;
  });
  const read = assignTopics(unread, topics, undefined, watch);
  for (const reading of unread) {
    const own = reading.sentences.map(({ sentence }): [string, TopicAssignment[]] => [sentence.id, read.get(sentence.id) ?? []]);
    memo.keep('topics', reading.parsed.input, own, topics);
    for (const [sentence, assignments] of own) result.set(sentence, assignments);
  }
  return result;
}

/** An event draft as kept: its sentence by id instead of the sentence's reading. */
type KeptDraft = Omit<EventDraft, 'reading'> & { sentence: string };

/**
 * The drafts of an article's dated statements (see `extractTimeline`) in the places of `zones`, recalled or read;
 * `places` is the story's own part of `zones`, as the editorial data gives it (the settings they are kept under).
 */
export function draftsRecalled(memo: StageMemo, zones: ZoneTable, places: unknown): (article: ArticleReading) => EventDraft[] {
  return (article) => {
    const kept = memo.recall('dates', article.parsed.input, places) as KeptDraft[] | undefined;
    if (kept) {
      const readings = new Map(article.sentences.map((reading) => [reading.sentence.id, reading]));
      return kept.map(({ sentence, ...draft }) => {
        const reading = readings.get(sentence);
        if (!reading) throw new Error(`a kept event draft names ${sentence}, which ${article.parsed.input.slug} no longer has`);
        return { ...draft, reading };
      });
    }
    const drafts = draftEvents(article, zones);
    memo.keep(
      'dates',
      article.parsed.input,
      drafts.map(({ reading, ...draft }): KeptDraft => ({ ...draft, sentence: reading.sentence.id })),
      places,
    );
    return drafts;
  };
}

/** The figures of every article, in the order given. */
export function figuresOfArticles(readings: readonly ArticleReading[], memo: StageMemo, watch: ArticleWatch): Figure[] {
  const kept = readings.map((reading) => memo.recall('figures', reading.parsed.input) as Figure[] | undefined);
  const unread = readings.filter((_, i) => kept[i] === undefined);
  const read = new Map<string, Figure[]>(unread.map((reading) => [reading.parsed.input.slug, []]));
  for (const figure of extractFigures(unread, watch)) read.get(articleOf(figure.sentence))?.push(figure);
  return readings.flatMap((reading, i) => {
    const own = kept[i];
    if (own) return own;
    const figures = read.get(reading.parsed.input.slug) ?? [];
    memo.keep('figures', reading.parsed.input, figures);
    return figures;
  });
}
