/**
 * Place names, lowercase, besides the countries and capitals of the gazetteer (`gazetteer.ts`): regions of the
 * world, and the cities, regions and bases this story's coverage names. Every name here is never a person; a
 * region here stands for its governments only when it acts ("Europe wants a seat").
 */
export const metonymPlaces: string[] = ['europe', 'geneva', 'istanbul'];

/** Other places: never people, never actors. */
export const otherPlaces: string[] = [
  'alaska', 'anchorage', 'elmendorf-richardson', 'magadan', 'donbas', 'donetsk', 'luhansk',
  'zaporizhzhia', 'kherson', 'crimea', 'dnipropetrovsk', 'dnipro', 'kharkiv', 'odesa', 'odessa',
  'pokrovsk', 'dobropillia', 'bakhmut', 'kursk', 'belgorod', 'sumy', 'lviv', 'mar-a-lago',
  'miami', 'florida', 'new york', 'jeddah', 'munich', 'davos', 'asia', 'africa', 'siberia', 'arctic',
  'black sea', 'baltic', 'middle east', 'gaza', 'west', 'east',
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
