/**
 * A sentence made readable on its own, never cut mid-thought: shown with the earlier sentences it leans on
 * (the beginning of its quotation, the sentence its `the conditions` or `But` refers back to), and with its
 * holder's pronouns named in brackets. When that would take more than `MAX_BEFORE` earlier sentences, the
 * sentence cannot be read alone in a short line, and the caller picks another.
 */
import type { Sentence } from '../../../core/model.ts';
import { nameHolder, type Holder } from './name-holder.ts';
import type { ReadingContext } from './reading-context.ts';
import { CONTEXT_RULES } from './rules.ts';

/** Earlier sentences a line may bring along. */
export const MAX_BEFORE = 2;

/** One sentence of a readable line: its id (for the link) and the text to show. */
export interface ReadablePart {
  id: string;
  text: string;
}

/** A readable line: the sentences in reading order, the one asked for last, and the rules that added context. */
export interface Readable {
  parts: ReadablePart[];
  rules: string[];
}

function leanedOn(sentence: Sentence, context: ReadingContext): { rule: string; sentence: Sentence } | null {
  for (const rule of CONTEXT_RULES) {
    const earlier = rule.leansOn(sentence, context);
    if (earlier && earlier.article === sentence.article && earlier.index < sentence.index) return { rule: rule.name, sentence: earlier };
  }
  return null;
}

/** The sentence `id` as a reader can take it in alone, or null when it needs more than `MAX_BEFORE` earlier sentences. */
export function readAlone(context: ReadingContext, id: string, holder: Holder | null = null): Readable | null {
  const own = context.index.sentence.get(id);
  const article = own ? context.index.article.get(own.article) : undefined;
  if (!own || !article) return null;
  let first = own;
  const rules: string[] = [];
  for (let found = leanedOn(first, context); found; found = leanedOn(first, context)) {
    if (own.index - found.sentence.index > MAX_BEFORE) return null;
    rules.push(found.rule);
    first = found.sentence;
  }
  const sentences = article.sentences.slice(first.index - 1, own.index);
  const parts = sentences.map((sentence) => ({
    id: sentence.id,
    text: sentence.id === own.id ? nameHolder(sentence.text, holder, context.quoteBegan.has(sentence.id)) : sentence.text,
  }));
  return { parts, rules };
}
