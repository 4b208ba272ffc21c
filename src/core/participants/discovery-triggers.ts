/**
 * The evidence that a run of capitalised words is a person the registry lacks, tried in order:
 * an office before it, a role phrase after it, an office set off before it by a comma, or a
 * speech verb that makes it a speaker.
 * Without such evidence a capitalised run is left alone (places, events, bodies look the same).
 */
import type { SentenceReading } from '../reading/read-articles.ts';
import type { NameRun } from './find-name-runs.ts';
import { lexicon } from './lexicon.ts';
import { readApposition, readTitleBeforeComma } from './read-role-phrase.ts';
import { readTitle, wordOf, type EntityTest } from './read-title.ts';
import { onlySpaceBetween } from '../reading/tokenize.ts';

/** One kind of evidence: true when the run is a person by it. */
export interface DiscoveryTrigger {
  /** Rule name. */
  name: string;
  /** Whether single-word runs may be accepted on this evidence. */
  single: boolean;
  /** Tests a run. */
  test: (view: SentenceReading, run: NameRun, isEntity: EntityTest) => boolean;
}

/** "Russian envoy Kirill Dmitriev", "Chancellor Merz", "his Turkish counterpart Hakan Fidan". */
const titleBefore: DiscoveryTrigger = {
  name: 'title-before',
  single: true,
  test: (view, run, isEntity) => readTitle(view, run.first, isEntity) !== null,
};

/** "Fiona Hill, who served on Trump's security council", "Jane Doe, a former ambassador". */
const appositionAfter: DiscoveryTrigger = {
  name: 'apposition-after',
  single: false,
  test: (view, run) => readApposition(view, run.last) !== null,
};

/** "Its prime minister, Bart De Wever, said", "the chief of the general staff, Andriy Hnatov,": a title, a comma, the name, a pause. */
const titleBeforeComma: DiscoveryTrigger = {
  name: 'title-before-comma',
  single: true,
  test: (view, run) => {
    const after = view.sentence.text.slice(view.words[run.last]!.end);
    return /^\s*(?:[,.;]|$)/.test(after) && readTitleBeforeComma(view, run.first) !== null;
  },
};

/** "Umerov told reporters", "Kirill Dmitriev has said", "…,” said Kirill Dmitriev.", "according to Kaja Kallas". */
const speechVerb: DiscoveryTrigger = {
  name: 'speech-verb',
  single: true,
  test: (view, run) => {
    const { words: tokens, sentence } = view;
    let k = run.last + 1;
    while (tokens[k] && lexicon.speechAuxiliaries.has(wordOf(tokens[k]!)) && !lexicon.speechVerbs.has(wordOf(tokens[k]!))) k += 1;
    const after = tokens[k];
    if (after && !after.cap && lexicon.speechVerbs.has(wordOf(after)) && onlySpaceBetween(sentence.text, tokens[k - 1]!.end, after.start)) {
      if (run.first < run.last) return true;
      // A lone word: only verbs a person does ("Naftogaz said" is a company), and not a
      // capitalised plural opening the sentence ("Residents told").
      return lexicon.personalSpeechVerbs.has(wordOf(after)) && (run.first > 0 || !/[^s]s$/.test(tokens[run.first]!.norm));
    }
    const before = tokens[run.first - 1];
    if (!before || !onlySpaceBetween(sentence.text, before.end, tokens[run.first]!.start)) return false;
    const accordingTo = wordOf(before) === 'to' && tokens[run.first - 2] !== undefined && wordOf(tokens[run.first - 2]!) === 'according';
    if (!accordingTo && !lexicon.invertedSpeechVerbs.has(wordOf(before))) return false;
    const tail = sentence.text.slice(tokens[run.last]!.end);
    return run.first !== run.last || /^\s*(?:[,.;:!?]|$)/.test(tail);
  },
};

/** "Sheikh Mohammed bin Abdulrahman Al Thani", "Sir Keir Starmer", "Dr Jane Doe": an honorific right before the name. */
const honorificBefore: DiscoveryTrigger = {
  name: 'honorific-before',
  single: false,
  test: (view, run) => {
    const before = view.words[run.first - 1];
    return (
      before !== undefined &&
      before.cap &&
      lexicon.honorifics.has(wordOf(before)) &&
      onlySpaceBetween(view.sentence.text, before.end, view.words[run.first]!.start)
    );
  },
};

/** Triggers in the order they are tried. */
export const discoveryTriggers: DiscoveryTrigger[] = [titleBefore, honorificBefore, appositionAfter, titleBeforeComma, speechVerb];
