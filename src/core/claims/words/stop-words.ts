/**
 * Words that say nothing about what a sentence reports, left out of claim matching: English
 * closed-class words (after the SMART stop list), reporting verbs (two reports of the same
 * fact differ in "said" / "told reporters"), words that only order events ("following", "ahead"), light verbs that carry no news on their own
 * ("want", "take", "set"), and weekday and month names (the dates stage turns those into
 * resolved dates, which are matched instead).
 */
export const stopWords: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'even', 'ever', 'every',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers',
  'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'itself', 'just', 'least', 'less', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my',
  'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our',
  'ours', 'ourselves', 'out', 'over', 'own', 'per', 'same', 'shall', 'she', 'should', 'since', 'so',
  'some', 'still', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then',
  'there', 'these', 'they', 'this', 'those', 'through', 'thus', 'to', 'too', 'under', 'until', 'up',
  'upon', 'us', 'very', 'via', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which',
  'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you',
  'your', 'yours', 'one', 'ones', 'many', 'several', 'like', 'get', 'got', 'make', 'made', 'going',
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling', 'according', 'added', 'adding',
  'reported', 'reporting', 'reports', 'stated', 'noted', 'quoted', 'cited', 'citing', 'reuters',
  'mr', 'ms', 'mrs', 'dr', 'today', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'earlier',
  'later', 'last', 'next', 'ago', 'follow', 'follows', 'followed', 'following', 'amid', 'ahead',
  'want', 'wants', 'wanted', 'think', 'thinks', 'know', 'knows', 'knew', 'see', 'sees', 'seen', 'saw',
  'go', 'goes', 'went', 'gone', 'come', 'comes', 'came', 'take', 'takes', 'taken', 'took', 'give',
  'gives', 'gave', 'put', 'set', 'aim', 'aims', 'aimed', 'call', 'calls', 'called', 'include',
  'includes', 'included', 'including', 'seem', 'seems', 'look', 'looks', 'try', 'tries', 'tried',
  'need', 'needs', 'needed', 'use', 'used', 'find', 'keep', 'let', 'show', 'shows', 'shown',
  'showed', 'thing', 'things', 'way', 'time', 'times', 'part', 'lot', 'well', 'really', 'back',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
];
