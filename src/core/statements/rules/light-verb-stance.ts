/**
 * Rule: the subject of a light verb with a stance noun holds the statement, as the subject of the stance verb would
 * ("Zelensky and Rutte intensified a call for guarantees", "Kyiv issued a warning", "He gave his word"). The noun
 * follows within a few words of determiners and modifiers, with nothing but spaces between; a passive ("a warning
 * was issued") holds no statement of its subject.
 */
import { inflectVerb } from '../../reading/inflect-verb.ts';
import { between } from '../holder-sentence.ts';
import { readSubjectBefore } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';
import { lightVerbs } from '../words/light-verbs.ts';
import { stanceNouns } from '../words/stance-nouns.ts';
import { isSpeech } from './stance-subject.ts';

const lightForms = new Map(lightVerbs.flatMap((lemma) => inflectVerb(lemma).map((form) => [form, lemma] as const)));
const nouns = new Set(stanceNouns.flat());
const passiveMarkers = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that end the noun phrase before a stance noun is reached. */
const phraseEnds = new Set(['to', 'for', 'of', 'on', 'in', 'at', 'with', 'by', 'from', 'that', 'and', 'or', 'but', 'as']);

/** Most words between the light verb and its noun ("a renewed and urgent call": four). */
const maxModifiers = 4;

/** The index of the stance noun the light verb at `v` takes, or -1. */
function stanceNounAfter(sentence: Parameters<typeof between>[0], v: number): number {
  for (let k = v + 1; k < sentence.words.length && k - v <= maxModifiers + 1; k += 1) {
    if (sentence.quoted[k] || between(sentence, k - 1, k).trim() !== '') return -1;
    const word = sentence.lower[k]!;
    if (nouns.has(word)) return k;
    if (phraseEnds.has(word) || (sentence.words[k]!.cap && !sentence.words[k]!.possessive)) return -1;
  }
  return -1;
}

export const lightVerbStance: StatementRule = {
  name: 'light-verb-stance',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    for (let v = 1; v < sentence.words.length; v += 1) {
      const lemma = lightForms.get(sentence.lower[v]!);
      if (lemma === undefined || sentence.quoted[v] || passiveMarkers.has(sentence.lower[v - 1]!)) continue;
      // "stepped up calls": the particle stands between the verb and its noun.
      const from = lemma === 'step' ? (sentence.lower[v + 1] === 'up' ? v + 1 : -1) : v;
      if (from < 0) continue;
      const noun = stanceNounAfter(sentence, from);
      if (noun < 0) continue;
      const subject = readSubjectBefore(sentence, v, context);
      if (subject === null) continue;
      const speech = isSpeech(sentence, v, lemma);
      for (const participant of context.resolve(subject, speech)) found.push({ participant, kind: 'reported', at: v, speech });
    }
    return found;
  },
};
