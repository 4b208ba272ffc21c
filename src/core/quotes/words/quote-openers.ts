/**
 * Sentence-opening words of wire copy, lowercase. From the leads of Reuters and AP stories:
 * a sentence that opens with one of these puts an introductory phrase before its subject.
 */

/** Openers of a question put to someone: a quotation inside such a phrase is the questioner's wording. */
export const questionOpeners: string[] = ['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'queried'];

/** Openers of an introductory phrase that ends at the first comma ("Speaking in English, Putin said"). */
export const introOpeners: string[] = [
  'ahead',
  'after',
  'before',
  'during',
  'upon',
  'on',
  'in',
  'at',
  'for',
  'to',
  'as',
  'while',
  'when',
  'following',
  'despite',
  'amid',
  'earlier',
  'later',
  'however',
  'meanwhile',
  'shortly',
  'since',
  'with',
  'without',
  'under',
  'according',
  'separately',
  'still',
  'instead',
  'also',
  'speaking',
  'asked',
  'pressed',
  'questioned',
  'writing',
  'addressing',
  'responding',
  'last',
  'this',
  'next',
  'once',
  'if',
  'although',
  'though',
  'unlike',
  'like',
  'by',
  'from',
  // Spans of time that open a phrase ("Hours before receiving the envoys, Putin ...").
  'hours',
  'days',
  'weeks',
  'months',
  'minutes',
  'moments',
  'years',
  'soon',
];

/** Conjunctions that may open a sentence before its subject ("But he too said"). */
export const leadingConjunctions: string[] = ['but', 'and', 'so', 'yet', 'still', 'then'];

/** Words that open a phrase set in apposition after a speaker's name (", who served on ..."). */
export const appositionStarters: string[] = ['who', 'whose', 'which', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', 'former'];

/** Nouns for someone who speaks for a body ("a Kremlin aide said" → the Kremlin). */
export const spokesNouns: string[] = [
  'aide',
  'aides',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'ministry',
  'office',
  'statement',
  'readout',
  'press',
  'service',
  'representative',
  'representatives',
  'negotiator',
  'negotiators',
  'adviser',
  'advisers',
];

/** Personal pronouns that may stand for a speaker, with the gender they imply. */
export const speakerPronouns: Array<[word: string, gender: 'female' | 'male']> = [
  ['he', 'male'],
  ['she', 'female'],
];
