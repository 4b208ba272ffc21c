/**
 * Words that end a noun phrase after a number: determiners, prepositions, conjunctions,
 * pronouns and auxiliaries (a short English stop list in the spirit of the SMART list,
 * trimmed to closed-class words).
 */
export const functionWords: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your',
  'my', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'as', 'than', 'then', 'to', 'in', 'on', 'at',
  'for', 'from', 'by', 'with', 'without', 'near', 'since', 'after', 'before', 'during', 'over',
  'under', 'against', 'between', 'into', 'onto', 'per', 'via', 'about', 'across', 'around',
  'among', 'amid', 'including', 'such', 'like', 'which', 'who', 'whom', 'whose', 'where', 'when',
  'while', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'not', 'no',
  'he', 'she', 'it', 'they', 'we', 'you', 'i', 'him', 'them', 'us', 'me', 'there', 'here',
  'now', 'also', 'only', 'just', 'still', 'even', 'more', 'most', 'less', 'least', 'all', 'each',
  'every', 'both', 'either', 'neither', 'other', 'another', 'some', 'any', 'many', 'much', 'few',
  'of', 'up', 'down', 'out', 'off', 'back', 'until', 'till', 'ago', 'later', 'earlier', 'each',
  'perhaps', 'probably', 'already', 'again', 'too', 'very', 'toward', 'towards', 'upon', 'within',
];

/** Determiners skipped at the start of a noun phrase. */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those',
];

/** Approximation words written before a number; they belong to the figure's value. */
export const qualifiers: readonly string[] = [
  'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'approximately', 'more than', 'over',
  'less than', 'fewer than', 'at least', 'up to', 'an estimated', 'just over', 'just under',
  'as many as', 'close to', 'at most', 'estimated',
];

/** Verbs of killing, dying and fleeing: "killed tens of thousands", "thousands have died". */
export const casualtyVerbs: readonly string[] = [
  'killed', 'died', 'dead', 'wounded', 'injured', 'displaced', 'evacuated', 'captured', 'detained',
  'missing', 'freed', 'released', 'exchanged', 'deported', 'abducted', 'killing', 'displacing',
];
