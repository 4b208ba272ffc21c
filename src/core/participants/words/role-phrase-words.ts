/**
 * Words that shape a role phrase set next to a name ("Olena Kovalchuk, Ukraine's deputy foreign
 * minister,", "Keir Giles, a senior fellow at Chatham House,"). Lowercase. From the apposition
 * patterns of wire copy (AP Stylebook "titles": long titles go after the name, set off by commas).
 */

/** Prepositions that open the complement after an office ("head of the delegation", "fellow at Chatham House"). */
export const complementStarters: string[] = ['of', 'at', 'for', 'in', 'with', 'on', 'to', 'from'];

/** Relative pronouns that end a role phrase: what follows is a clause about the person. */
export const relativePronouns: string[] = ['who', 'whom', 'whose', 'which', 'that'];

/**
 * Words that never stand inside a role phrase before its office noun: conjunctions, clause
 * openers, auxiliaries and prepositions. Meeting one means the words read so far are no title.
 */
export const rolePhraseStops: string[] = [
  'and',
  'or',
  'but',
  'nor',
  'as',
  'than',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'until',
  'during',
  'because',
  'although',
  'though',
  'so',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
  'do',
  'not',
  'also',
  'alongside',
  'by',
  'like',
  'unlike',
  'about',
  'into',
  'over',
  'near',
  'between',
  'without',
  'against',
  'under',
  'amid',
  'despite',
  'here',
  'there',
];

/**
 * Verbs that make a relative clause state a role ("who heads the Ukraine Forum", "who served on
 * Trump's security council"), as opposed to an act ("who spoke by phone", "who carried the draft").
 */
export const roleClauseVerbs: string[] = [
  'is',
  'was',
  'has',
  'had',
  'been',
  'became',
  'becomes',
  'heads',
  'headed',
  'head',
  'leads',
  'led',
  'chairs',
  'chaired',
  'runs',
  'ran',
  'serves',
  'served',
  'oversees',
  'oversaw',
  'directs',
  'directed',
  'commands',
  'commanded',
  'advises',
  'advised',
  'represents',
  'represented',
  'founded',
  'co-founded',
  'manages',
  'managed',
  'coordinates',
  'coordinated',
  'works',
  'worked',
  'holds',
  'teaches',
  'taught',
];

/** Adverbs that may come between `who` and its verb ("who also heads", "who previously served"). */
export const roleClauseAdverbs: string[] = [
  'also',
  'previously',
  'formerly',
  'once',
  'now',
  'currently',
  'still',
  'until',
  'recently',
  'briefly',
];
