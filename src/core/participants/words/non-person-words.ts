/**
 * Capitalised words that never begin or end a person's name, lowercase: the heads of names of
 * organisations, buildings, vehicles and events ("Air Force One", "Joint Base", "White House",
 * "Security Council"), and words of headlines and page furniture. Gathered from the kinds of
 * proper nouns that surround people in political wire copy.
 */
export const nonPersonWords: string[] = [
  'air', 'force', 'one', 'base', 'joint', 'house', 'white', 'office', 'ministry', 'department',
  'council', 'commission', 'committee', 'court', 'union', 'agency', 'news', 'party', 'army',
  'navy', 'forces', 'guard', 'parliament', 'congress', 'senate', 'assembly', 'government',
  'administration', 'summit', 'war', 'world', 'ii', 'i', 'group', 'bank', 'fund', 'post',
  'times', 'journal', 'herald', 'independent', 'telegraph', 'guardian', 'radio', 'television',
  'tv', 'network', 'press', 'images', 'photo', 'video', 'getty', 'reuters', 'airport', 'street',
  'square', 'palace', 'building', 'center', 'centre', 'university', 'institute', 'foundation',
  'corporation', 'company', 'inc', 'ltd', 'state', 'states', 'united', 'nations', 'republic',
  'federation', 'kingdom', 'region', 'oblast', 'city', 'province', 'county', 'district', 'sea',
  'ocean', 'river', 'mountains', 'islands', 'island', 'day', 'week', 'plan', 'deal', 'treaty',
  'accord', 'accords', 'agreement', 'initiative', 'coalition', 'alliance', 'organization',
  'organisation', 'the', 'a', 'an', 'and', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'gmt',
  'bst', 'nzt', 'kremlin', 'international', 'rights', 'watch', 'conference', 'forum', 'fleet',
  'brigade', 'battalion', 'regiment', 'corps', 'command', 'school', 'church', 'museum', 'hotel',
  'hospital', 'prize', 'award', 'cup', 'games', 'pact', 'format', 'protocol', 'memorandum',
  'declaration', 'charter', 'act', 'bill', 'law', 'constitution', 'budget', 'programme',
  'program', 'project', 'pipeline', 'stream', 'service', 'services', 'media', 'holdings',
  'energy', 'gas', 'oil', 'airlines', 'airways', 'systems', 'technologies', 'capital', 'partners',
  'sachs', 'stanley', 'welle', 'liberty', 'amnesty', 'children', 'cross', 'crescent', 'staff',
  'headquarters', 'intelligence', 'directorate', 'police', 'utc', 'est', 'edt', 'pm', 'am', 'mr', 'mrs', 'ms', 'dr', 'sir',
];

/** News outlets and agencies, lowercase: the speakers' addressees and sources, never people. */
export const outlets: string[] = [
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'cnn', 'bbc',
  'fox news', 'fox radio', 'fox', 'nbc', 'cbs', 'abc', 'msnbc', 'npr', 'politico', 'axios',
  'telegraph', 'the telegraph', 'guardian', 'times', 'new york times', 'washington post',
  'wall street journal', 'financial times', 'economist', 'tass', 'ria', 'ria novosti',
  'interfax', 'rbc', 'ukrinform', 'kyiv independent', 'kyiv post', 'anadolu', 'al jazeera',
  'sky news', 'nz herald', 'dpa', 'efe', 'euronews', 'le monde', 'der spiegel', 'spiegel',
  'bild', 'kommersant', 'izvestia', 'punchbowl', 'semafor', 'truth social', 'x', 'telegram',
];
