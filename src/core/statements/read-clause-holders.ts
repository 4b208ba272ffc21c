/**
 * Who says what in each sentence's own clauses, before quotations are attributed: the subject of a stance verb
 * ("said", "rejected", "proposed"), the speaker after an inverted verb or "according to", an unnamed official of a
 * government counted as that country. Never a participant merely mentioned. Rules run in order per sentence
 * (`rules.ts`); a pronoun resolves to the subject of an earlier main clause, never to an object, and the subject of
 * a speech verb ("..., he said") to the last speaker first.
 */
import type { Participant, ParticipantKind } from '../model.ts';
import { lexicon } from '../participants/lexicon.ts';
import { isFemaleGiven } from '../participants/is-female-given.ts';
import type { ArticleReading } from '../reading/read-articles.ts';
import { foldCase } from '../reading/fold-name.ts';
import type { Mention } from '../stages.ts';
import { readHolderSentence, type HolderSentence, type WordMention } from './holder-sentence.ts';
import { coordinated, type Subject } from './read-subject.ts';
import type { Found, StatementContext } from './rule.ts';
import { statementRules } from './rules.ts';
import { leadingWords } from './words/leading-words.ts';
import type { ArticleWatch } from '../watch.ts';

/** How many earlier sentences a pronoun may reach back to. */
const pronounReach = 3;

/** What a sentence leaves for later pronouns: the subject of its main clause and its last speakers. */
interface Remembered {
  ids: string[];
  speakers: string[];
}

/** A holder of a sentence's own clauses, with the rule that found it. */
export interface ClauseHolder extends Found {
  /** Rule name. */
  rule: string;
}

/** Clause holders by sentence id, in the order the rules found them. */
export type ClauseHolders = ReadonlyMap<string, readonly ClauseHolder[]>;

/** What the stage knows about participants. */
interface Directory {
  kinds: Map<string, ParticipantKind>;
  female: Set<string>;
  sideOf: (word: string) => string | null;
}

function directoryOf(participants: readonly Participant[]): Directory {
  const kinds = new Map(participants.map((participant) => [participant.id, participant.kind]));
  const female = new Set(
    participants.filter((p) => p.kind === 'person' && isFemaleGiven(foldCase(p.name.split(/\s+/)[0] ?? ''))).map((p) => p.id),
  );
  // A nationality word stands for the body or country named by the word and a group noun ("European leaders", "the
  // Europeans": the European allies), else for the participant whose name is its country (`ukrainian` → Ukraine).
  const byName = new Map<string, string>();
  for (const participant of participants) if (participant.kind !== 'person') byName.set(foldCase(participant.name), participant.id);
  const byGroup = new Map<string, string>();
  for (const participant of participants) {
    if (participant.kind === 'person') continue;
    for (const name of [participant.name, ...participant.aliases]) {
      const words = foldCase(name)
        .replace(/^the\s+/, '')
        .split(/\s+/);
      if (words.length === 2 && groupNouns.has(words[1]!)) byGroup.set(words[0]!, participant.id);
      if (words.length === 1 && words[0]!.endsWith('ans')) byGroup.set(words[0]!.slice(0, -1), participant.id);
    }
  }
  const sides = new Map<string, string>();
  for (const [word, country] of lexicon.nationality) {
    const id = byGroup.get(word) ?? byName.get(foldCase(country));
    if (id !== undefined) sides.set(word.replace(/\.$/, ''), id);
  }
  return { kinds, female, sideOf: (word) => sides.get(word) ?? null };
}

const leading = new Set(leadingWords);
const groupNouns = new Set(['leaders', 'allies', 'officials', 'countries', 'nations', 'governments', 'partners', 'side']);

/** The participants that open the sentence's main clause ("Trump and Putin agreed ..."), or null. */
function openingSubject(sentence: HolderSentence): Subject | null {
  let k = 0;
  while (k < sentence.words.length && (sentence.quoted[k] || leading.has(sentence.lower[k]!))) k += 1;
  // An introductory phrase ("On Monday, ...", "Speaking to reporters, ...") ends at the first comma.
  const first = sentence.lower[k];
  if (first !== undefined && !sentence.mentionsAt[k]?.length && !['he', 'she', 'they', 'it', 'we', 'i'].includes(first)) {
    for (let j = k + 1; j < sentence.words.length && j - k < 16; j += 1) {
      if (sentence.reading.sentence.text.slice(sentence.words[j - 1]!.end, sentence.words[j]!.start).includes(',')) {
        k = j;
        break;
      }
    }
  }
  const word = sentence.lower[k];
  if (word === undefined || sentence.quoted[k]) return null;
  if (['he', 'she', 'they', 'it'].includes(word)) {
    return {
      kind: 'pronoun',
      refers: word === 'he' ? 'male' : word === 'she' ? 'female' : word === 'they' ? 'plural' : 'thing',
      first: k,
      last: k,
    };
  }
  let entry: WordMention | undefined = sentence.mentionsAt[k]?.[0];
  if (!entry || entry.first !== k) return null;
  // "Trump and Putin agreed": walk right over the coordination, then read it back from its last name.
  for (let guard = 0; guard < 8; guard += 1) {
    const next: number = entry.last + 1;
    const after: WordMention | undefined = sentence.lower[next] === 'and' ? sentence.mentionsAt[next + 1]?.[0] : undefined;
    if (!after || after.first !== next + 1) break;
    entry = after;
  }
  return coordinated(sentence, entry);
}

/** Resolves a pronoun against the remembered subjects (most recent first), or names a named subject. */
function resolverFor(directory: Directory, memory: readonly Remembered[], current: () => string[], currentFirst: () => number) {
  const isPerson = (id: string) => directory.kinds.get(id) === 'person';
  return (subject: Subject, ofSpeech = false): string[] => {
    if (subject.kind === 'named') return subject.ids;
    const earlier = memory.slice(-pronounReach).reverse();
    // The sentence's own main subject counts only for a pronoun after it ("Trump said he would ...").
    const candidates = [
      subject.first > currentFirst() ? current() : [],
      ...earlier.flatMap((entry) =>
        ofSpeech ? [...entry.speakers.map((id) => [id]), entry.ids] : [entry.ids, ...entry.speakers.map((id) => [id])],
      ),
    ];
    for (const ids of candidates) {
      if (ids.length === 0) continue;
      switch (subject.refers) {
        case 'male':
        case 'female': {
          const fits = ids.length === 1 && isPerson(ids[0]!) && directory.female.has(ids[0]!) === (subject.refers === 'female');
          if (fits) return ids;
          if (ids.length === 1 && isPerson(ids[0]!)) return [];
          continue;
        }
        case 'plural':
          if (ids.length > 1 || !isPerson(ids[0]!)) return ids;
          continue;
        case 'thing':
          return ids.length === 1 && !isPerson(ids[0]!) ? ids : [];
        default:
          return [];
      }
    }
    return [];
  };
}

/** The holders of every sentence's own clauses, by sentence id. */
export function readClauseHolders(
  articles: readonly ArticleReading[],
  mentions: readonly Mention[],
  participants: readonly Participant[],
  watch: ArticleWatch = () => {},
): Map<string, ClauseHolder[]> {
  const directory = directoryOf(participants);
  const mentionsBySentence = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = mentionsBySentence.get(mention.sentence) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentence, list);
  }
  const holders = new Map<string, ClauseHolder[]>();
  for (const article of articles) {
    watch(article.parsed.input.slug);
    const memory: Remembered[] = [];
    for (const reading of article.sentences) {
      const sentence = readHolderSentence(reading, mentionsBySentence.get(reading.sentence.id) ?? [], directory.kinds);
      let subject: string[] | undefined;
      let opening: Subject | null | undefined;
      const openingFirst = () => {
        opening ??= openingSubject(sentence);
        return opening?.first ?? -1;
      };
      const clauseSubject = (): string[] => {
        if (subject === undefined) {
          subject = [];
          opening ??= openingSubject(sentence);
          subject =
            opening === null
              ? []
              : resolverFor(
                  directory,
                  memory,
                  () => [],
                  () => Infinity,
                )(opening);
        }
        return subject;
      };
      const context: StatementContext = {
        sentence,
        sideOf: directory.sideOf,
        resolve: resolverFor(directory, memory, clauseSubject, openingFirst),
        clauseSubject,
      };
      const own: ClauseHolder[] = [];
      for (const rule of statementRules) {
        for (const holder of rule.apply(context)) {
          if (!own.some((other) => other.participant === holder.participant && other.at === holder.at))
            own.push({ ...holder, rule: rule.name });
        }
      }
      if (own.length > 0) holders.set(reading.sentence.id, own);
      const ids = clauseSubject();
      const speakers = [
        ...new Set(
          own
            .filter((holder) => holder.speech)
            .sort((a, b) => b.at - a.at)
            .map((holder) => holder.participant),
        ),
      ];
      memory.push({ ids: ids.length > 0 ? ids : [...new Set(own.map((holder) => holder.participant))], speakers });
    }
  }
  return holders;
}
