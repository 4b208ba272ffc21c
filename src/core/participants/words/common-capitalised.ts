/**
 * Words that are capitalised only because they open a sentence or a headline, lowercase:
 * pronouns, determiners, conjunctions, adverbs and the participles wire copy leads with
 * ("Pressed about...", "Speaking in English..."). Never part of a person's name. Peoples ("Ukrainians") come
 * from the gazetteer's demonyms (`reading/gazetteer.ts`).
 */
export const commonCapitalised: string[] = [
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'this',
  'that', 'these', 'those', 'there', 'here', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet',
  'if', 'when', 'while', 'as', 'after', 'before', 'since', 'until', 'although', 'though',
  'however', 'meanwhile', 'earlier', 'later', 'asked', 'pressed', 'speaking', 'according',
  'despite', 'during', 'upon', 'ahead', 'amid', 'under', 'both', 'all', 'some', 'many', 'most',
  'no', 'not', 'one', 'two', 'three', 'officials', 'sources', 'leaders', 'allies', 'critics',
  'analysts', 'diplomats', 'reporters', 'everyone', 'nobody', 'what', 'who', 'why', 'how',
  'where', 'sign', 'get', 'leave', 'catch', 'read', 'watch', 'follow', 'shortly', 'also',
  'still', 'now', 'then', 'instead', 'again', 'perhaps', 'indeed', 'namely', 'brief', 'more',
  'breaking', 'live', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'mr', 'ms',
  'mrs', 'dr', 'sir', 'lord', 'dame', 'western', 'eastern', 'northern', 'southern',
  'police', 'authorities', 'residents', 'witnesses', 'prosecutors', 'investigators', 'troops',
  'soldiers', 'observers', 'experts',
  'voters', 'protesters', 'demonstrators', 'organisers', 'organizers', 'lawmakers',
  'legislators', 'negotiators', 'ministers', 'people',
];
