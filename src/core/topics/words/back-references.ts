/**
 * Words that make a sentence lean on the one before it. From the cohesion devices of
 * Halliday & Hasan, "Cohesion in English" (1976): reference (pronouns, demonstratives),
 * conjunction (`But`, `However`) and general nouns used anaphorically (`the conditions`).
 */

/**
 * Sentence openers that refer back to what was said or continue it. Personal pronouns for one
 * person (`he`, `she`) are left out: they pick up a speaker, not a subject.
 */
export const backOpeners: readonly string[] = [
  'this',
  'that',
  'these',
  'those',
  'it',
  "it's",
  'its',
  'such',
  'they',
  "they're",
  'and',
  'but',
  'however',
  'yet',
  'still',
  'also',
  'so',
  'instead',
  'otherwise',
  'nevertheless',
];

/** General nouns that, after a determiner or a possessive, point back to something just said. */
export const referringNouns: readonly string[] = [
  'conditions',
  'demands',
  'demand',
  'terms',
  'proposal',
  'proposals',
  'offer',
  'idea',
  'plan',
  'move',
  'clarification',
  'arrangement',
  'arrangements',
  'pledge',
  'promise',
  'commitment',
  'issue',
  'issues',
  'question',
  'matter',
  'point',
  'points',
  'request',
  'position',
  'stance',
];

/** Determiners and possessives before a referring noun (`the conditions`, `Trump's offer`). */
export const referringDeterminers: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'such', 'its', 'his', 'her', 'their'];

/** Words after which `this` / `that` is a pronoun, not a determiner (`confirmed this today`). */
export const pronounFollowers: readonly string[] = [
  'today',
  'yesterday',
  'clearly',
  'again',
  'too',
  'also',
  'is',
  'was',
  'would',
  'will',
  'could',
  'means',
  'meant',
  'and',
  'but',
  'as',
  'when',
  'because',
];

/**
 * Nouns for a written text under negotiation. After a sentence names one, `It would ...` lists
 * what that text provides (the reference of `it` to the last document named, as in Halliday & Hasan).
 */
export const documentNouns: readonly string[] = [
  'plan',
  'plans',
  'proposal',
  'proposals',
  'draft',
  'drafts',
  'framework',
  'document',
  'text',
  'deal',
  'agreement',
  'accord',
  'treaty',
  'memorandum',
  'declaration',
  'statement',
  'offer',
  'version',
];

/** Verbs after `It` that state a provision of a text (`It would cap ...`, `It also calls for ...`). */
export const provisionVerbs: readonly string[] = [
  'would',
  'will',
  'also',
  'leaves',
  'includes',
  'calls',
  'envisages',
  'envisions',
  'proposes',
  'provides',
  'requires',
  'sets',
  'offers',
  'gives',
  'foresees',
  'contains',
  'grants',
  'allows',
  'bars',
  'stipulates',
  'commits',
  'obliges',
  'keeps',
  'lets',
  'says',
];
