/**
 * Regions of the world, lowercase, besides the countries and capitals of the gazetteer (`gazetteer.ts`) and the
 * places a story's editors list (`src/content/places.yaml`): never people; a region here stands for its governments
 * only when it acts ("Europe wants a seat").
 */
export const metonymPlaces: string[] = ['europe'];

/** Other regions of the world: never people, never actors. */
export const otherPlaces: string[] = [
  'asia',
  'africa',
  'americas',
  'north america',
  'south america',
  'latin america',
  'middle east',
  'arctic',
  'antarctica',
  'black sea',
  'baltic',
  'mediterranean',
  'caucasus',
  'balkans',
  'scandinavia',
  'west',
  'east',
  'siberia',
  'sahel',
  'gulf',
  'pacific',
  'atlantic',
  'indo-pacific',
];

/**
 * Prepositions after which a capital is a place ("in Moscow", "near Kyiv"). "to", "for" and
 * "from" are not here: "a proposal to Kyiv", "a rebuke from Moscow" name actors; after a
 * movement word ("flew to", "left ... for", "returned from") they name places.
 */
export const placePrepositions: string[] = [
  'in',
  'at',
  'near',
  'outside',
  'around',
  'across',
  'inside',
  'within',
  'into',
  'over',
  'via',
  'throughout',
  'towards',
  'toward',
  'between',
  'through',
  'of',
  'beyond',
];

/** Words after which a capital is a destination or a place left ("flew to Moscow", "left Washington"). */
export const movementWords: string[] = [
  'left',
  'leave',
  'leaving',
  'leaves',
  'visit',
  'visited',
  'visiting',
  'visits',
  'reached',
  'reach',
  'toured',
  'flew',
  'fly',
  'flying',
  'travel',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'went',
  'go',
  'going',
  'came',
  'come',
  'coming',
  'returned',
  'return',
  'returning',
  'arrived',
  'arrive',
  'arriving',
  'trip',
  'journey',
  'route',
  'headed',
  'heading',
  'back',
  'moved',
  'move',
  'sent',
  'send',
  'invited',
  'invite',
  'drove',
  'bound',
];
