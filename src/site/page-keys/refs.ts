/**
 * What a page shows of the things it only refers to: an article behind a source link or a badge, a linked or
 * quoted sentence, a named participant, a claim card, an event in a list. Page keys (`page-key.ts`) are built
 * from these, so a page's key changes exactly when something it shows of another part of the briefing
 * changes, and not when, say, a participant it names gains a mention elsewhere.
 *
 * Each ref takes a little more than the components draw (all of an article's fields but its text, every role
 * of a participant): a key that covers too much re-renders a page for nothing, one that covers too little
 * serves a stale page. A ref is a short digest, worked out once per thing per build however many pages name it.
 */
import type { Article, Claim, Participant, Quote, Sentence, Statement } from '../../core/model.ts';
import type { BriefingIndex } from '../data/briefing-index.ts';
import { articleOfSentence } from '../views/selectors.ts';
import { CARD_SOURCES } from '../views/claim-sources.ts';
import { claimHappening } from '../views/claim-happening.ts';
import type { SteppedPage } from '../views/pages.ts';
import { digestOf } from './digest.ts';

/** Refs of one kind already worked out, by the thing they refer to (the briefing's objects live for one build). */
type Memo = WeakMap<object, string>;

/** The digest of `parts`, kept in `memo` for `thing`. */
function remembered(memo: Memo, thing: object, parts: () => unknown): string {
  let ref = memo.get(thing);
  if (ref === undefined) {
    ref = digestOf(parts());
    memo.set(thing, ref);
  }
  return ref;
}

const memos = {
  article: new WeakMap(),
  sentence: new WeakMap(),
  fullSentence: new WeakMap(),
  participant: new WeakMap(),
  claimCard: new WeakMap(),
  statement: new WeakMap(),
  quote: new WeakMap(),
} satisfies Record<string, Memo>;

/** An article as a badge, heading or source link shows it: every field but its text. */
export function articleRef(article: Article | undefined): string | null {
  if (!article) return null;
  return remembered(memos.article, article, () => {
    const { id, title, outlet, wire, published, url, dateline, sourceKey, paragraphs } = article;
    return [id, title, outlet, wire, published, url, dateline, sourceKey, paragraphs];
  });
}

/** A sentence as a link or a quotation shows it (`SentenceLink`, `Statement`): text, place, topics, article. */
export function sentenceRef(index: BriefingIndex, id: string): string | null {
  const sentence: Sentence | undefined = index.sentence.get(id);
  if (!sentence) return null;
  return remembered(memos.sentence, sentence, () => [
    id,
    sentence.text,
    sentence.index,
    sentence.paragraph,
    sentence.topics,
    articleRef(articleOfSentence(index, id)),
  ]);
}

/** A participant as a name on another page shows them: name, kind, roles, affiliation, whether registered. */
export function participantRef(participant: Participant | undefined): string | null {
  if (!participant) return null;
  return remembered(memos.participant, participant, () => {
    const { id, name, kind, affiliation, roles, registered } = participant;
    return [id, name, kind, affiliation, roles, registered];
  });
}

/** A claim card (`ClaimCard`): the claim but its full list of sentences, the sources the card lists, and the happening it names. */
export function claimCardRef(index: BriefingIndex, claim: Claim): string {
  return remembered(memos.claimCard, claim, () => {
    const { id, summary, status, independentSources, firstReported, values, topics, outlets, sentences } = claim;
    const listed = sentences.slice(0, CARD_SOURCES).map((sentence) => [sentence, articleRef(articleOfSentence(index, sentence))]);
    const happening = claimHappening(index, claim);
    const named = happening ? [happening.line, happening.date, happening.precision] : null;
    return [id, summary, status, independentSources, firstReported, values ?? null, topics, outlets, sentences.length, listed, named];
  });
}

/** A statement with its sentence (`Statement`). */
export function statementRef(index: BriefingIndex, statement: Statement): string {
  return remembered(memos.statement, statement, () => [
    statement.participant,
    statement.kind,
    statement.rule,
    sentenceRef(index, statement.sentence),
  ]);
}

/** A quote card (`QuoteCard`): its words, speaker and sentences. */
export function quoteRef(index: BriefingIndex, quote: Quote): string {
  return remembered(memos.quote, quote, () => {
    const speaker = quote.speaker === null ? null : participantRef(index.participant.get(quote.speaker));
    return [quote.id, quote.text, quote.attribution, quote.sentences, speaker, sentenceRef(index, quote.sentence)];
  });
}

/** A whole sentence as a page of evidence shows it, with why it is filed where it is (`EvidenceBySource`). */
export function fullSentenceRef(sentence: Sentence): string {
  return remembered(memos.fullSentence, sentence, () => sentence);
}

/** A string up to this long may be the id of something the briefing holds. */
const MAX_ID_LENGTH = 200;

/** What a page shows of the thing of the briefing named `id` (a sentence, participant or article), or undefined. */
function namedRef(index: BriefingIndex, id: string): unknown {
  if (id.length > MAX_ID_LENGTH) return undefined;
  const sentence = sentenceRef(index, id);
  if (sentence) return sentence;
  const participant = index.participant.get(id);
  if (participant) return participantRef(participant);
  const article = index.article.get(id);
  return article ? articleRef(article) : undefined;
}

/** `value` with every participant, article and sentence of the briefing in it, as an object or by id, as its ref. */
function withRefs(index: BriefingIndex, value: unknown): unknown {
  if (typeof value === 'string') {
    const ref = namedRef(index, value);
    return ref === undefined ? value : [value, ref];
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withRefs(index, item));
  if (value instanceof Map || value instanceof Set) return withRefs(index, [...value]);
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') {
    if (index.participant.get(id) === value) return ['participant', participantRef(value as Participant)];
    if (index.article.get(id) === value) return ['article', articleRef(value as Article)];
    if (index.sentence.get(id) === value) return ['sentence', fullSentenceRef(value as Sentence)];
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = withRefs(index, item);
  // A claim of the briefing: a card names the happening its reports tell (`ClaimCard`), which the claim itself does not hold.
  const claim = value as Partial<Claim>;
  if (
    typeof id === 'string' &&
    Array.isArray(claim.sentences) &&
    index.claimsBySentence.get(claim.sentences[0] ?? '')?.includes(value as Claim)
  ) {
    const happening = claimHappening(index, value as Claim);
    return ['claim', out, happening ? [happening.line, happening.date, happening.precision] : null];
  }
  return out;
}

/**
 * A digest of a view model as its page shows it: plain values as they are, and each participant, article or
 * sentence of the briefing it holds, as an object or named by its id, as its ref. Whatever field of a view
 * names a thing, and whatever a component then looks up about it by id, the key covers what the page shows of
 * it. (A page's own subject, shown in more detail than a ref holds, goes into its key whole besides.)
 */
export function viewRef(index: BriefingIndex, view: unknown): string {
  return digestOf(withRefs(index, view));
}

/** Where a page of a list that grows at one end sits (`SteppedPage`): its path and the pages its navigation steps to. */
export function placeRef({ path, first, previous, next }: SteppedPage<unknown>['props']): unknown {
  return [path, first, previous, next];
}
