/**
 * Reads who a clause makes the speaker: the subject before a speech verb ("Peskov told",
 * "Fiona Hill, who served ..., told", "A Kremlin aide said"), the name after an inverted verb
 * ("said Peskov"), or the subject that opens the main clause.
 */
import type { Mention } from '../stages.ts';
import { lexicon } from '../participants/lexicon.ts';
import { readTitleBeforeComma } from '../participants/read-role-phrase.ts';
import { wordOf } from '../participants/read-title.ts';
import type { QuoteContext, SentenceInfo } from './quote-context.ts';
import { attributionWindow, isInsideQuote, wordIndexAt } from './quote-context.ts';
import { appositionStarters, introOpeners, leadingConjunctions, speakerPronouns, spokesNouns } from './words/quote-openers.ts';

/**
 * Who a clause points at: a participant, or a pronoun still to resolve; `from` is the index of
 * the first token of the subject phrase.
 */
export type SpeakerReading =
  { participant: string; via: 'name' | 'body'; from: number } | { pronoun: 'male' | 'female'; from: number } | null;

const apposition = new Set(appositionStarters);
const spokes = new Set(spokesNouns);
const pronouns = new Map(speakerPronouns);
const intros = new Set(introOpeners);
const conjunctions = new Set(leadingConjunctions);
const determiners = new Set(['a', 'an', 'the', 'one', 'two', 'several']);

/** The mentions covering each word of a sentence, people first, then the longest; made once per sentence. */
const byWord = new WeakMap<SentenceInfo, Array<Mention | null>>();

function mentionsByWord(context: QuoteContext, info: SentenceInfo): Array<Mention | null> {
  let index = byWord.get(info);
  if (index === undefined) {
    const best: Array<Mention | null> = info.words.map(() => null);
    const rank = (mention: Mention) => [Number(context.kinds.get(mention.participant) === 'person'), mention.end - mention.start] as const;
    for (const mention of info.mentions) {
      for (let k = wordIndexAt(info, mention.start); k < info.words.length && info.words[k]!.end <= mention.end; k += 1) {
        const current = best[k];
        const [person, length] = rank(mention);
        if (current === null || current === undefined) best[k] = mention;
        else {
          const [otherPerson, otherLength] = rank(current);
          if (person > otherPerson || (person === otherPerson && length > otherLength)) best[k] = mention;
        }
      }
    }
    index = best;
    byWord.set(info, index);
  }
  return index;
}

/** The mention that covers token `k`, people first, then the longest. */
export function mentionAt(context: QuoteContext, info: SentenceInfo, k: number): Mention | null {
  return info.words[k] === undefined ? null : (mentionsByWord(context, info)[k] ?? null);
}

/** Index of the token that starts at or after a sentence offset. */
function tokenIndexAt(info: SentenceInfo, offset: number): number {
  const index = info.words.findIndex((token) => token.start >= offset);
  return index < 0 ? info.words.length : index;
}

/** Reads a subject ending at token `k`: a name, a pronoun, or "a Kremlin aide". */
function subjectEndingAt(context: QuoteContext, info: SentenceInfo, k: number): SpeakerReading {
  const token = info.words[k];
  if (!token || isInsideQuote(info, token.start)) return null;
  const gender = pronouns.get(wordOf(token));
  if (gender) return { pronoun: gender, from: k };
  const mention = mentionAt(context, info, k);
  if (mention) return { participant: mention.participant, via: 'name', from: tokenIndexAt(info, mention.start) };
  // "A Kremlin aide", "Ukraine's foreign ministry", "a senior Kremlin official": the body speaks.
  let j = k;
  if (!spokes.has(wordOf(token))) return null;
  while (j > 0 && (spokes.has(wordOf(info.words[j]!)) || lexicon.titleModifiers.has(wordOf(info.words[j]!)))) j -= 1;
  const body = mentionAt(context, info, j);
  if (!body || context.kinds.get(body.participant) === 'person') return null;
  let from = tokenIndexAt(info, body.start);
  while (from > 0 && (determiners.has(wordOf(info.words[from - 1]!)) || lexicon.titleModifiers.has(wordOf(info.words[from - 1]!))))
    from -= 1;
  return { participant: body.participant, via: 'body', from };
}

/** True when a title and a comma stand right before token `first` ("... foreign policy chief, Kaja Kallas"). */
function afterTitle(info: SentenceInfo, first: number): boolean {
  const before = info.words[first - 1];
  const token = info.words[first];
  return (
    before !== undefined &&
    token !== undefined &&
    /^\s*,\s*$/.test(info.sentence.text.slice(before.end, token.start)) &&
    lexicon.roleWords.has(wordOf(before))
  );
}

/**
 * The speaker of the speech verb at token `v`, read leftwards over auxiliaries and an apposition.
 * A participle ("Trump thanked Putin, saying ...") has the main clause's subject: not read here.
 */
export function speakerBeforeVerb(context: QuoteContext, info: SentenceInfo, v: number): SpeakerReading {
  const text = info.sentence.text;
  if (/ing$/.test(wordOf(info.words[v]!))) return null;
  let k = v - 1;
  while (
    k >= 0 &&
    lexicon.speechAuxiliaries.has(wordOf(info.words[k]!)) &&
    !/,/.test(text.slice(info.words[k]!.end, info.words[k + 1]!.start))
  )
    k -= 1;
  if (k < 0) return null;
  if (/,/.test(text.slice(info.words[k]!.end, info.words[k + 1]!.start))) {
    // "The EU's foreign policy chief, Kaja Kallas, said": the name is itself set off by commas, after a title.
    const named = mentionAt(context, info, k);
    if (
      named &&
      named.end === info.words[k]!.end &&
      context.kinds.get(named.participant) === 'person' &&
      afterTitle(info, tokenIndexAt(info, named.start))
    ) {
      return { participant: named.participant, via: 'name', from: tokenIndexAt(info, named.start) };
    }
    // "Fiona Hill, who served on ..., told", "Kushner, speaking alongside Witkoff, said": step back over the aside to the name.
    let j = k;
    const opensAside = (word: string) => apposition.has(word) || /\p{L}{3,}ing$/u.test(word);
    while (
      j > 0 &&
      k - j < attributionWindow &&
      !(/,/.test(text.slice(info.words[j - 1]!.end, info.words[j]!.start)) && opensAside(wordOf(info.words[j]!)))
    )
      j -= 1;
    if (j <= 0 || k - j >= attributionWindow) return null;
    k = j - 1;
  }
  return subjectEndingAt(context, info, k);
}

/** The speaker named right after an inverted speech verb at token `v` ("said Kremlin spokesman Dmitry Peskov"). */
export function speakerAfterVerb(context: QuoteContext, info: SentenceInfo, v: number): SpeakerReading {
  const verb = info.words[v];
  const next = info.words[v + 1];
  if (!verb || !next || !lexicon.invertedSpeechVerbs.has(wordOf(verb)) || !/^\s+$/.test(info.sentence.text.slice(verb.end, next.start)))
    return null;
  const mention = mentionAt(context, info, v + 1);
  if (!mention || mention.start < next.start) return null;
  // "said Peskov." or "said Peskov, the Kremlin spokesman": the name ends the clause; in
  // "said Russia will not stop" it opens a reported clause instead.
  const rest = info.sentence.text.slice(mention.end);
  return /^\s*(?:[,.;:!?]|$)/u.test(rest) ? { participant: mention.participant, via: 'name', from: v } : null;
}

/** Clause starts already read, per sentence: a sentence with many quotations is read once. */
const clauseStarts = new WeakMap<SentenceInfo, number>();

/** Index of the token where the main clause starts: after an introductory phrase and a leading conjunction. */
export function clauseStart(info: SentenceInfo): number {
  let start = clauseStarts.get(info);
  if (start === undefined) {
    start = readClauseStart(info);
    clauseStarts.set(info, start);
  }
  return start;
}

function readClauseStart(info: SentenceInfo): number {
  const { words: tokens } = info;
  const text = info.sentence.text;
  let k = 0;
  while (tokens[k] && info.quotedWords[k]) k += 1;
  const first = tokens[k];
  if (first && (intros.has(wordOf(first)) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text))) {
    for (let j = k + 1; j < tokens.length && j - k < attributionWindow; j += 1) {
      const comma = text.slice(tokens[j - 1]!.end, tokens[j]!.start).indexOf(',');
      if (comma >= 0 && !isInsideQuote(info, tokens[j - 1]!.end + comma)) return j;
    }
  }
  while (tokens[k] && conjunctions.has(wordOf(tokens[k]!))) k += 1;
  return k;
}

/** A subject written as a title set off before the name: "Its prime minister, Bart De Wever, has called ...". */
function titledSubject(context: QuoteContext, info: SentenceInfo, k: number): SpeakerReading {
  const view = info;
  for (let j = k + 1; j < info.words.length && j - k <= 9; j += 1) {
    const mention = mentionAt(context, info, j);
    if (!mention || context.kinds.get(mention.participant) !== 'person' || mention.start !== info.words[j]!.start) continue;
    const title = readTitleBeforeComma(view, j);
    const first = title ? title.first - (lexicon.roleDeterminers.has(wordOf(info.words[title.first - 1] ?? info.words[j]!)) ? 1 : 0) : -1;
    return first === k ? { participant: mention.participant, via: 'name', from: k } : null;
  }
  return null;
}

/** The subject that opens the main clause: a pronoun, a named participant, or a body's spokesperson. */
export function subjectOf(context: QuoteContext, info: SentenceInfo): SpeakerReading {
  let k = clauseStart(info);
  const token = info.words[k];
  if (!token || isInsideQuote(info, token.start)) return null;
  const gender = pronouns.get(wordOf(token));
  if (gender) return { pronoun: gender, from: k };
  const direct = mentionAt(context, info, k);
  if (direct) return { participant: direct.participant, via: 'name', from: k };
  const titled = titledSubject(context, info, k);
  if (titled) return titled;
  const start = k;
  while (info.words[k] && (determiners.has(wordOf(info.words[k]!)) || lexicon.titleModifiers.has(wordOf(info.words[k]!)))) k += 1;
  const body = mentionAt(context, info, k);
  if (!body || context.kinds.get(body.participant) === 'person') return null;
  let j = k + 1;
  while (info.words[j] && mentionAt(context, info, j)?.participant === body.participant) j += 1;
  return { participant: body.participant, via: info.words[j] && spokes.has(wordOf(info.words[j]!)) ? 'body' : 'name', from: start };
}
