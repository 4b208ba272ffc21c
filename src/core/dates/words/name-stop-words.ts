/**
 * Capitalised words that are not names of people or places, so two reports sharing one do not tell
 * the same happening: sentence openers, titles and offices, calendar words, nationality adjectives.
 * Lowercase. From the AP Stylebook's capitalised titles and the function words of English.
 */
export const nameStopWords: readonly string[] = [
  // Function words that open sentences.
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'and', 'but', 'or', 'as', 'after',
  'before', 'during', 'while', 'when', 'if', 'since', 'this', 'that', 'these', 'those', 'his', 'her',
  'their', 'its', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'speaking', 'asked', 'earlier',
  'later', 'however', 'meanwhile', 'also', 'both', 'some', 'many', 'most', 'all', 'one', 'two', 'what',
  'with', 'from', 'about', 'just', 'ahead', 'following', 'despite', 'under', 'over', 'according',
  // Titles and offices.
  'president', 'presidents', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'chancellor',
  'foreign', 'defense', 'defence', 'state', 'general', 'spokesman', 'spokeswoman', 'spokesperson',
  'envoy', 'special', 'leader', 'leaders', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'chief',
  'adviser', 'advisor', 'aide', 'ambassador', 'official', 'officials', 'head', 'army', 'treasury',
  'national', 'security', 'council', 'ministry', 'office', 'administration', 'government',
  // Calendar words.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'today',
  // Nationality adjectives: they say whose, not who.
  'us', 'u.s.', 'american', 'russian', 'ukrainian', 'european', 'british', 'french', 'german',
  'chinese', 'western', 'turkish', 'polish', 'italian', 'indian', 'japanese',
];
