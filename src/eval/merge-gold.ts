/**
 * Several gold files as one: each batch's file names are prefixed with the batch (`a/01_x.txt`), and a
 * participant annotated in several batches becomes one entry with every alias and article.
 */
import type { GoldFile, GoldParticipant } from './gold.ts';

/** The gold file with every file name under `batch/`. */
export function prefixGold(gold: GoldFile, batch: string): GoldFile {
  const at = (file: string) => `${batch}/${file}`;
  return {
    articles: gold.articles.map((article) => ({ ...article, file: at(article.file) })),
    participants: gold.participants.map((p) => ({ ...p, articles: Array.isArray(p.articles) ? p.articles.map(at) : [] })),
    quotes: gold.quotes.map((quote) => ({ ...quote, file: at(quote.file) })),
    events: gold.events.map((event) => ({ ...event, file: at(event.file) })),
    crossSource: gold.crossSource.map((item) => ({
      ...item,
      files: item.files.map(at),
      sentences: item.sentences.map((sentence) => ({ ...sentence, file: at(sentence.file) })),
    })),
  };
}

/** Batches merged into one gold file (participants joined by id). */
export function mergeGolds(batches: ReadonlyArray<readonly [string, GoldFile]>): GoldFile {
  const prefixed = batches.map(([batch, gold]) => prefixGold(gold, batch));
  const participants = new Map<string, GoldParticipant>();
  for (const participant of prefixed.flatMap((gold) => gold.participants)) {
    const known = participants.get(participant.id);
    participants.set(
      participant.id,
      known
        ? {
            ...known,
            aliases: [...new Set([...known.aliases, ...participant.aliases])],
            articles: [...known.articles, ...participant.articles],
          }
        : participant,
    );
  }
  return {
    articles: prefixed.flatMap((gold) => gold.articles),
    participants: [...participants.values()],
    quotes: prefixed.flatMap((gold) => gold.quotes),
    events: prefixed.flatMap((gold) => gold.events),
    crossSource: prefixed.flatMap((gold) => gold.crossSource),
  };
}
