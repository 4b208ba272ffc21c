/**
 * Words that show a clause cut out of its sentence cannot stand alone: pronouns and relative words at its
 * start point to something outside it; a function word at its end leaves a thought unfinished. From the
 * closed word classes of English (Quirk et al., "A Comprehensive Grammar of the English Language", 1985).
 */
export const OPENING_POINTERS: readonly string[] = [
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those',
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
  'while',
];

export const DANGLING_ENDS: readonly string[] = [
  'to',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'but',
  'that',
  'with',
  'for',
  'by',
  'in',
  'on',
  'at',
  'from',
  'as',
  'than',
  'into',
  'about',
];

/** Prepositions that open a relative clause (`In what will be ...`). */
export const RELATIVE_PREPOSITIONS: readonly string[] = ['in', 'at', 'on', 'by', 'for', 'from', 'with', 'of', 'after', 'before'];

/** Verbs in -s that take `to` (`Aims to address ...`): at a clause's start, its subject stayed in the sentence. */
export const TO_VERBS: readonly string[] = [
  'aims',
  'plans',
  'wants',
  'hopes',
  'seeks',
  'intends',
  'expects',
  'needs',
  'tries',
  'promises',
  'vows',
  'threatens',
  'refuses',
  'agrees',
  'declines',
];

/** Verbs of saying: a clause that ends on one (`Politico reported`, `told European allies`) has lost what was said. */
export const SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'reported',
  'reports',
  'added',
  'announced',
  'stated',
  'wrote',
  'confirmed',
];
