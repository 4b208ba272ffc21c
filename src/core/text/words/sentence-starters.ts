/**
 * Capitalised words that usually open a new sentence rather than continue a name
 * (`... the U.S. The talks ...`). Function words from the most frequent sentence openers
 * in English news copy (determiners, pronouns, conjunctions, sentence adverbs).
 */
export const sentenceStarters: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its',
  'he', 'she', 'we', 'they', 'i', 'you', 'his', 'her', 'our', 'their', 'my', 'your',
  'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'as', 'since',
  'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'during', 'under',
  'however', 'meanwhile', 'also', 'still', 'earlier', 'later', 'then', 'now', 'asked',
  'what', 'who', 'why', 'how', 'where', 'which', 'both', 'each', 'all', 'some', 'many',
  'no', 'not', 'one', 'two', 'three', 'several', 'most', 'other', 'such', 'instead',
];

/** Subject pronouns that, capitalised in mid-sentence before a lowercase word, start a new sentence. */
export const capitalisedPronouns: readonly string[] = ['We', 'They', 'He', 'She'];
