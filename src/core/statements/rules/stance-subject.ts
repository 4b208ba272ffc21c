/**
 * Rule: the subject of a stance verb holds the statement: "Rubio said Thursday that ...", "Kyiv rejected the terms",
 * "Both Trump and Zelenskiy said they hoped ...", "A senior U.S. official told CNN ...", "He added that ...". A verb
 * form that could be a noun ("plans", "calls", "offer") counts only with a subject right before it; a bare form
 * without a modal needs a plural subject ("officials say"); a passive ("was rejected") holds no statement of its
 * subject but its agent after "by" ("a visit confirmed by Ushakov"), and neither does a participle that is never a
 * past tense without "have" ("conditions seen as favouring Russia"); an infinitive ("agreed to offer") is its
 * governing verb's. Inside what a speaker is reported to say, only reporting verbs hold statements of their own
 * ("Trump said Putin suggested ..." holds both; "Rubio said Trump wants to meet Putin" holds Rubio only). An opening
 * concession ("While Trump vowed a swift end, his efforts have failed") is background: its verbs hold nothing.
 */
import { lexicon } from '../../participants/lexicon.ts';
import { between, type HolderSentence } from '../holder-sentence.ts';
import { phraseEndingAt, readSubjectBefore, type Subject } from '../read-subject.ts';
import type { Found, StatementRule } from '../rule.ts';
import { isParticipleOnly, isReportingVerb, stanceLemma, verbForm } from '../stance-verb.ts';
import { pureAdverbs } from '../words/adverbs.ts';
import { adverbs, auxiliaries, negations } from '../words/clause-words.ts';

/** Words after which a stance word is a noun ("the plan", "his offer", "a call"). */
const nounMarkers = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'any',
  'no',
  'every',
  'each',
  'such',
  'whose',
  'of',
  'for',
  'with',
  'in',
  'on',
  'by',
  'to',
]);
const passiveMarkers = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const perfectMarkers = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);
const modalsAndAuxiliaries = new Set(auxiliaries);
const steppable = new Set([...adverbs, ...negations, ...pureAdverbs]);

/** True when a subject takes a plural verb: coordinated names, "they", "we", "I", or a plural unnamed source. */
function isPlural(sentence: HolderSentence, subject: Subject): boolean {
  if (subject.kind === 'pronoun') return subject.refers === 'plural' || subject.refers === 'speaker';
  const last = sentence.words[subject.last]!;
  return subject.ids.length > 1 || (/[a-z]s$/.test(last.lower) && !last.possessive && !last.upper);
}

/** Most words between a participle and its "by". */
const maxAgentGap = 4;
/** Most words of the agent after "by" ("Russian President Vladimir Putin's foreign policy aide Yuri Ushakov": ten). */
const maxAgentWords = 12;

/** The participants of a "by" agent right after a participle ("confirmed on Wednesday by Yuri Ushakov"). */
function agentAfter(sentence: HolderSentence, v: number, context: Parameters<StatementRule['apply']>[0]): string[] {
  for (let k = v + 1; k < sentence.words.length && k - v <= maxAgentGap; k += 1) {
    if (sentence.quoted[k] || /[,;:.]/.test(between(sentence, k - 1, k))) return [];
    if (sentence.lower[k] !== 'by') continue;
    const ends = (end: number) =>
      end + 1 >= sentence.words.length ||
      /[,;:.]|^\s+(?:and|to|in|on|at|for|after|before|during|while|with)\b/.test(
        between(sentence, end, end + 1) + (sentence.lower[end + 1] ?? ''),
      );
    for (let end = k + 1; end < sentence.words.length && end - k <= maxAgentWords; end += 1) {
      if (/[,;:.]/.test(between(sentence, end - 1, end)) && end > k + 1) return [];
      let phrase = phraseEndingAt(sentence, end, context);
      if (phrase === null || !ends(end)) continue;
      // A list goes on to its last member ("by Hungary, Slovakia and the Czech Republic"): the longest list that
      // starts where the agent does.
      for (let later = end + 1; later < sentence.words.length && later - k <= maxAgentWords; later += 1) {
        if (/[;:.]/.test(between(sentence, later - 1, later))) break;
        const longer = phraseEndingAt(sentence, later, context);
        if (longer?.kind === 'named' && longer.first <= phrase.first && ends(later)) phrase = longer;
      }
      return context.resolve(phrase);
    }
    return [];
  }
  return [];
}

/** Speech verbs that report speech only when what was said follows ("he added that", "she continued:"), not an object ("continued its attacks"). */
const speechBeforeClause = new Set(['add', 'continue']);

/** True when the verb at `v` reports speech. */
export function isSpeech(sentence: HolderSentence, v: number, lemma: string): boolean {
  if (!lexicon.speechVerbs.has(sentence.lower[v]!)) return false;
  if (!speechBeforeClause.has(lemma)) return true;
  const next = sentence.lower[v + 1];
  return next === undefined || next === 'that' || /[,.;:!?"“”]/.test(between(sentence, v, v + 1));
}

/** True when the subject that opens at `first` is the last of a list denied as a whole: "neither X nor Y". */
function isDenied(sentence: HolderSentence, first: number): boolean {
  const nor =
    sentence.lower[first - 1] === 'nor'
      ? first - 1
      : sentence.lower[first - 2] === 'nor' && sentence.lower[first - 1] === 'the'
        ? first - 2
        : -1;
  if (nor < 0) return false;
  for (let k = nor - 1; k >= 0; k -= 1) if (sentence.lower[k] === 'neither') return true;
  return false;
}

/** True when a comma stands shortly before the verb, so that its clause is a new one ("..., Zelensky added."). */
function afterComma(sentence: HolderSentence, v: number): boolean {
  for (let k = v; k > 0 && v - k < 6; k -= 1) if (between(sentence, k - 1, k).includes(',')) return true;
  return false;
}

/**
 * True when the text between two words closes a clause, so that a later verb is no longer inside reported speech; a
 * full stop does only before a capital (not an abbreviation's, "Nov. 25").
 */
function closesClause(text: string, nextCapital: boolean): boolean {
  return /[;:!?]/.test(text) || (text.includes('.') && nextCapital);
}

/** Words that open a sentence with a concession: its first clause is background to the one the sentence asserts. */
const concessive = new Set(['while', 'although', 'though', 'whereas']);

/**
 * The end (a word index) of an opening concessive clause ("While Trump vowed a swift end, his efforts have failed"):
 * its verbs hold no statement, since the sentence asserts what follows the comma. 0 when the sentence opens otherwise.
 */
function concessionEnd(sentence: HolderSentence): number {
  if (!concessive.has(sentence.lower[0] ?? '')) return 0;
  for (let k = 1; k < sentence.words.length; k += 1) if (between(sentence, k - 1, k).includes(',')) return k;
  return 0;
}

/** Words that say something is not known ("it remains unclear what ...", "it is not known whether ..."). */
const doubtWords = new Set(['unclear', 'uncertain', 'unknown', 'known', 'clear']);
/** Words that open an indirect question. */
const questionWords = new Set(['what', 'whether', 'how', 'when', 'where', 'which', 'who', 'why', 'if']);

/**
 * Where an indirect question after a word of doubt opens ("It remains unclear what guarantees the U.S. would
 * provide"): its verbs hold no statement, since the sentence says nobody has said it. Infinity when there is none.
 */
function doubtStart(sentence: HolderSentence): number {
  for (let k = 0; k + 1 < sentence.words.length; k += 1) {
    if (!doubtWords.has(sentence.lower[k]!) || sentence.quoted[k]) continue;
    // "clear" and "known" say it only when denied ("not clear", "not known").
    if ((sentence.lower[k] === 'clear' || sentence.lower[k] === 'known') && !['not', "n't", 'never'].includes(sentence.lower[k - 1] ?? ''))
      continue;
    for (let j = k + 1; j <= k + 2 && j < sentence.words.length; j += 1) if (questionWords.has(sentence.lower[j]!)) return j;
  }
  return Infinity;
}

/** Words that open an indirect question whatever verb comes before ("asked whether", "wondered if"). */
const yesNoQuestion = new Set(['whether', 'if']);
const denials = new Set(negations);

/**
 * Where an indirect question after a stance verb opens: "asked whether the U.S. would agree", or any question
 * after a denied verb ("did not say when", "Neither the US leader nor Moscow clarified when Trump had asked Putin").
 * Its verbs hold no statement: the sentence says it is asked, or that nobody said it. Infinity when there is none.
 */
function questionStart(sentence: HolderSentence): number {
  for (let k = 0; k + 1 < sentence.words.length; k += 1) {
    const next = sentence.lower[k + 1]!;
    if (!questionWords.has(next) || sentence.quoted[k] || stanceLemma(sentence.lower[k]!) === null) continue;
    if (between(sentence, k, k + 1).trim() !== '') continue;
    const denied =
      denials.has(sentence.lower[k - 1] ?? '') ||
      denials.has(sentence.lower[k - 2] ?? '') ||
      (sentence.lower.slice(0, k).includes('neither') && sentence.lower.slice(0, k).includes('nor'));
    if (yesNoQuestion.has(next) || denied) return k + 1;
  }
  return Infinity;
}

/** Most words between a stance verb and the "that" of what it reports ("assured allies during a Nov. 25 call that"). */
const maxThatGap = 8;

/** True when a "that" follows the verb in its own clause, within a few words: what comes after it is reported. */
function thatFollows(sentence: HolderSentence, v: number): boolean {
  for (let k = v + 1; k < sentence.words.length && k - v <= maxThatGap; k += 1) {
    const gap = between(sentence, k - 1, k);
    if (sentence.quoted[k] || /[,"“”()—–]/.test(gap) || closesClause(gap, sentence.words[k]!.cap)) return false;
    if (sentence.lower[k] === 'that') return true;
  }
  return false;
}

/** The nearest word before `k` that is not an adverb or negation, as its index, or -1. */
function previousSignificant(words: readonly string[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (steppable.has(words[j]!) || words[j]!.endsWith('ly'))) j -= 1;
  return j;
}

export const stanceSubject: StatementRule = {
  name: 'stance-subject',
  apply: (context) => {
    const { sentence } = context;
    const found: Found[] = [];
    let reporting = false;
    let lastHolders: string[] = [];
    let doubted = Math.min(doubtStart(sentence), questionStart(sentence));
    for (let v = concessionEnd(sentence); v < sentence.words.length; v += 1) {
      if (v > 0 && closesClause(between(sentence, v - 1, v), sentence.words[v]!.cap)) reporting = false;
      // The indirect question ends with its clause: at a stop, or at a comma ("..., but Ukraine rejected it").
      if (v > doubted && /[,;:.!?]/.test(between(sentence, v - 1, v))) doubted = Infinity;
      const word = sentence.lower[v]!;
      const lemma = stanceLemma(word);
      if (lemma === null || sentence.quoted[v] || v > doubted) continue;
      if (reporting && !isReportingVerb(lemma) && !lexicon.speechVerbs.has(word) && !afterComma(sentence, v)) continue;
      const token = sentence.words[v]!;
      if (token.cap && v > 0 && !token.upper) continue; // a name ("Hope Hicks"), not a verb
      if (sentence.mentionsAt[v]!.length > 0) continue;
      const form = verbForm(word, lemma);
      const before = previousSignificant(sentence.lower, v);
      const previous = before >= 0 ? sentence.lower[before]! : '';
      if (before >= 0 && between(sentence, before, v).trim() === '' && (nounMarkers.has(previous) || sentence.words[before]!.possessive))
        continue;
      if (form === 'ing' && !passiveMarkers.has(previous)) continue; // participles are read by their own rule
      // A passive or a participle after its noun ("the visit confirmed by", "conditions seen as"): the holder is the agent
      // after "by", if any ("confirmed by Ushakov"). A past form with a named agent after "by" is one, whatever precedes
      // it ("a visit confirmed on Wednesday by ...").
      const reducedRelative = isParticipleOnly(word) && !perfectMarkers.has(previous);
      const agent = form === 'past' ? agentAfter(sentence, v, context) : [];
      if (
        agent.length > 0 ||
        (form === 'past' &&
          (passiveMarkers.has(previous) || !context.sentence.words[v - 1] || nounMarkers.has(previous) || reducedRelative))
      ) {
        for (const participant of agent) found.push({ participant, kind: 'reported', at: v, speech: isSpeech(sentence, v, lemma) });
        continue;
      }
      if (form === 'base' && previous === 'to') continue;
      const subject = readSubjectBefore(sentence, v, context);
      // "Neither the US leader nor Moscow clarified ...": a subject denied in full states nothing.
      if (subject !== null && subject.kind === 'named' && isDenied(sentence, subject.first)) continue;
      if (subject === null) {
        // "Zelenskiy called for a just peace but noted ...": a second verb shares the first one's subject.
        if ((previous === 'and' || previous === 'but') && form !== 'base') {
          const shared = lastHolders.length > 0 ? lastHolders : context.clauseSubject();
          for (const participant of shared) found.push({ participant, kind: 'reported', at: v, speech: isSpeech(sentence, v, lemma) });
        }
        continue;
      }
      if (form === 'base' && !modalsAndAuxiliaries.has(previous) && (subject.last !== before || !isPlural(sentence, subject))) continue;
      const speech = isSpeech(sentence, v, lemma);
      const holders = context.resolve(subject, speech);
      for (const participant of holders) found.push({ participant, kind: 'reported', at: v, speech });
      if (holders.length > 0) {
        // What follows a speech verb, or a verb with a "that" clause (after its object, "assured allies that"), is reported speech.
        if (speech || thatFollows(sentence, v)) reporting = true;
        lastHolders = holders;
      }
    }
    return found;
  },
};
