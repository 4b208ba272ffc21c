/**
 * English function words (closed classes: articles, pronouns, prepositions, conjunctions, auxiliaries and modals,
 * and the commonest adverbs of degree and time), after the SMART stop list (Salton, 1971), lowercase. Words that
 * carry no subject of their own, for any stage that compares what sentences are about.
 */
export const functionWords: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'even', 'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has',
  'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if',
  'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'least', 'less', 'may', 'me', 'might', 'more', 'most', 'much',
  'must', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our',
  'ours', 'ourselves', 'out', 'over', 'own', 'per', 'same', 'shall', 'she', 'should', 'since', 'so', 'some',
  'still', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they',
  'this', 'those', 'through', 'thus', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we',
  'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
  'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'one', 'ones', 'many', 'several', 'like', 'said',
  'says', 'say', 'told', 'tell', 'according', 'added', 'would', 'also',
];
