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
import { between, readHolderSentence, type HolderSentence, type WordMention } from './holder-sentence.ts';
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

/** Most words of a dateline's place ("KYIV —", "WEST PALM BEACH, Fla. —"). */
const maxDatelineWords = 5;

/** The first word after a dateline that opens the sentence (capitalised words, then a dash), else 0. */
function datelineEnd(sentence: HolderSentence): number {
  for (let k = 0; k < sentence.words.length && k < maxDatelineWords; k += 1) {
    if (!sentence.words[k]!.cap) return 0;
    if (/^[\s,.]*[—–]\s*$|^\s+-\s+$/.test(between(sentence, k, k + 1)) && sentence.words[0]!.upper) return k + 1;
  }
  return 0;
}

/** Most capitalised title words before a name ("Ukrainian President", "NATO Secretary-General"). */
const maxTitleWords = 4;

/**
 * The name that heads the noun phrase at word `k`, past capitalised title words and a body or country that only
 * qualifies the title ("NATO Secretary-General Mark Rutte" is Rutte, "Ukrainian President Volodymyr Zelensky" is
 * Zelensky), with the index of its last word and whether a title was passed; null when no name heads it.
 */
function headName(sentence: HolderSentence, k: number): { entry: WordMention; titled: boolean } | null {
  const spaced = (a: number, b: number) => between(sentence, a, b).trim() === '';
  let head: WordMention | null = null;
  let titled = false;
  let j = k;
  for (let guard = 0; guard < maxTitleWords && j < sentence.words.length; guard += 1) {
    let t = j;
    while (
      t < sentence.words.length &&
      t - j < maxTitleWords &&
      !sentence.mentionsAt[t]?.length &&
      sentence.words[t]!.cap &&
      !sentence.quoted[t] &&
      (t === j || spaced(t - 1, t))
    )
      t += 1;
    const found = sentence.mentionsAt[t]?.[0];
    if (!found || found.first !== t || sentence.quoted[t] || (t > j && !spaced(t - 1, t)) || (head !== null && !spaced(j - 1, j))) break;
    if (t > j || head !== null) titled = true;
    head = found;
    j = found.last + 1;
  }
  return head === null ? null : { entry: head, titled };
}

/**
 * An opening subject of titled names, coordinated or not ("Ukrainian President Volodymyr Zelensky and NATO
 * Secretary-General Mark Rutte on Friday ..."), or null when no title stands before a name there (the plain
 * reading then applies).
 */
function titledNames(sentence: HolderSentence, k: number): Subject | null {
  const ids: string[] = [];
  let titled = false;
  let at = k;
  let last = k;
  for (let guard = 0; guard < 8; guard += 1) {
    const head = headName(sentence, at);
    if (head === null) break;
    titled ||= head.titled;
    if (!ids.includes(head.entry.mention.participant)) ids.push(head.entry.mention.participant);
    last = head.entry.last;
    if (sentence.lower[last + 1] !== 'and') break;
    at = last + 2;
  }
  return titled && ids.length > 0 ? { kind: 'named', ids, first: k, last } : null;
}

/** The participants that open the sentence's main clause ("Trump and Putin agreed ..."), or null. */
function openingSubject(sentence: HolderSentence): Subject | null {
  let k = datelineEnd(sentence);
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
  const titled = titledNames(sentence, k);
  if (titled !== null) return titled;
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
