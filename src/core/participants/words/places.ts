/**
 * Place names, lowercase. Capitals and regions here stand for a government only when they act
 * ("Kyiv rejected", "Moscow's gains"), never after a place preposition ("in Moscow", "left
 * Washington"); every name here is also never a person. Capitals from the UN member list, plus
 * the cities, regions and bases this story's coverage names.
 */
export const metonymPlaces: string[] = [
  'kyiv', 'kiev', 'moscow', 'washington', 'brussels', 'london', 'paris', 'berlin', 'beijing',
  'ankara', 'warsaw', 'minsk', 'rome', 'budapest', 'helsinki', 'tallinn', 'riga', 'vilnius',
  'europe', 'tehran', 'pyongyang', 'riyadh', 'doha', 'abu dhabi', 'istanbul', 'geneva',
];

/** Other places: never people, never actors. */
export const otherPlaces: string[] = [
  'alaska', 'anchorage', 'elmendorf-richardson', 'magadan', 'donbas', 'donetsk', 'luhansk',
  'zaporizhzhia', 'kherson', 'crimea', 'dnipropetrovsk', 'dnipro', 'kharkiv', 'odesa', 'odessa',
  'pokrovsk', 'dobropillia', 'bakhmut', 'kursk', 'belgorod', 'sumy', 'lviv', 'mar-a-lago',
  'miami', 'florida', 'new york', 'jeddah', 'munich', 'davos', 'vatican', 'america', 'asia',
  'africa', 'siberia', 'arctic', 'black sea', 'baltic', 'middle east', 'gaza', 'israel',
  'iran', 'china', 'india', 'turkey', 'france', 'germany', 'britain', 'poland', 'finland',
  'hungary', 'belarus', 'georgia', 'moldova', 'romania', 'italy', 'spain', 'japan', 'qatar',
  'switzerland', 'norway', 'sweden', 'denmark', 'estonia', 'latvia', 'lithuania', 'ireland',
  'saudi arabia', 'united kingdom', 'north korea', 'south korea', 'west', 'east',
];

/**
 * Prepositions after which a capital is a place ("in Moscow", "near Kyiv"). "to", "for" and
 * "from" are not here: "a proposal to Kyiv", "a rebuke from Moscow" name actors; after a
 * movement word ("flew to", "left ... for", "returned from") they name places.
 */
export const placePrepositions: string[] = [
  'in', 'at', 'near', 'outside', 'around', 'across', 'inside', 'within', 'into', 'over',
  'via', 'throughout', 'towards', 'toward', 'between', 'through', 'of', 'beyond',
];

/** Words after which a capital is a destination or a place left ("flew to Moscow", "left Washington"). */
export const movementWords: string[] = [
  'left', 'leave', 'leaving', 'leaves', 'visit', 'visited', 'visiting', 'visits', 'reached',
  'reach', 'toured', 'flew', 'fly', 'flying', 'travel', 'travelled', 'traveled', 'travelling',
  'traveling', 'went', 'go', 'going', 'came', 'come', 'coming', 'returned', 'return', 'returning',
  'arrived', 'arrive', 'arriving', 'trip', 'journey', 'route', 'headed', 'heading', 'back',
  'moved', 'move', 'sent', 'send', 'invited', 'invite', 'drove', 'bound',
];
