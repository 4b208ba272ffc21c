/**
 * Closed word classes of English that the holder rules step over or stop at, lowercase. From the closed classes of
 * standard grammars (auxiliaries and modals, negation, personal and relative pronouns, coordinators) and the
 * adverbs and time adjuncts that wire copy puts between a subject and its verb ("Peskov also said", "Trump on
 * Monday told", "Lavrov later insisted").
 */

/** Auxiliary and modal verbs: never stance verbs themselves, stepped over between subject and verb. */
export const auxiliaries: readonly string[] = [
  'be',
  'is',
  'are',
  'am',
  'was',
  'were',
  'been',
  'being',
  'has',
  'have',
  'had',
  'having',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'ought',
  "'s",
  "'ve",
  "'d",
  "'ll",
  'going',
  'get',
  'got',
  'gets',
];

/** Words of negation and degree that stand between subject and verb. */
export const negations: readonly string[] = ['not', "n't", 'never', 'no', 'longer'];

/** Adverbs that are not formed with -ly but stand between subject and verb. */
export const adverbs: readonly string[] = [
  'also',
  'again',
  'already',
  'still',
  'now',
  'then',
  'later',
  'earlier',
  'once',
  'further',
  'too',
  'just',
  'even',
  'only',
  'soon',
  'ever',
  'yet',
  'instead',
  'meanwhile',
  'previously',
  'separately',
  'subsequently',
  'today',
  'yesterday',
  'tonight',
  'repeatedly',
  'first',
  'last',
  'both',
  'all',
  'each',
  'himself',
  'herself',
  'itself',
  'themselves',
  'alone',
  'jointly',
  'together',
  'reportedly',
  'apparently',
  'allegedly',
  'however',
  'though',
];

/** Prepositions that open a time or place adjunct between subject and verb ("Trump on Monday told"). */
export const adjunctPrepositions: readonly string[] = [
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'late',
  'early',
  'last',
  'this',
  'over',
  'from',
];

/** Personal pronouns that may be a subject, with what they may stand for. */
export const subjectPronouns: ReadonlyArray<readonly [word: string, refers: 'male' | 'female' | 'plural' | 'speaker' | 'thing']> = [
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['i', 'speaker'],
  ['we', 'speaker'],
  ['it', 'thing'],
];

/** Words that coordinate subjects ("Trump and Putin", "Zelensky, Macron and Merz"). */
export const coordinators: readonly string[] = ['and', '&'];

/** Relative pronouns whose antecedent is the subject set off before them ("Putin, who said ..."). */
export const relativePronouns: readonly string[] = ['who', 'which', 'that'];

/** Prepositions after an unnamed source that name its side ("a source from the European delegation", "officials in Kyiv"). */
export const sidePrepositions: readonly string[] = ['from', 'in', 'at', 'of', 'close', 'familiar', 'within', 'inside', 'with'];

/** Determiners and quantifiers that may open a subject noun phrase. */
export const determiners: readonly string[] = [
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'other',
  'another',
  'both',
  'senior',
  'top',
  'unnamed',
  'anonymous',
];
