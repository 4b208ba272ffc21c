/**
 * Places that datelines, outlet names and event sentences name, with their standard-time offset
 * from UTC in hours, from the IANA time-zone database (tzdata `zone1970.tab` and the zones it
 * lists). Summer time is left out on purpose: it moves an offset by one hour, and the offsets are
 * only compared against a half-day threshold (see `zone-offsets.ts`). A country that spans several
 * zones stands for the zone of its capital or of most of its press: the United States for the
 * east coast, Russia for Moscow, Australia for Sydney and Canberra, Canada for Ottawa and Toronto,
 * Brazil for Brasília.
 * Keys are lowercase, as written in English copy; demonyms that outlet names use are included
 * ("The West Australian", "China Daily", "The Japan Times"). Story-independent: the places a story names
 * beyond these, with their offsets, are its editorial data (`places.yaml`), read with these per analysis.
 */
export const placeOffsets: Readonly<Record<string, number>> = {
  // North America
  washington: -5, 'white house': -5, pentagon: -5, 'capitol hill': -5, 'united states': -5,
  boston: -5, 'palm beach': -5, atlanta: -5, ottawa: -5, toronto: -5, montreal: -5, canada: -5,
  canadian: -5, chicago: -6, texas: -6, houston: -6, dallas: -6, 'mexico city': -6, mexico: -6,
  denver: -7, phoenix: -7, 'los angeles': -8, 'san francisco': -8, seattle: -8, california: -8,
  vancouver: -8, 'las vegas': -8, honolulu: -10, hawaii: -10,
  // South America
  brasilia: -3, brazil: -3, 'sao paulo': -3, 'rio de janeiro': -3, 'buenos aires': -3,
  argentina: -3, santiago: -4, caracas: -4, bogota: -5, lima: -5,
  // Europe
  london: 0, britain: 0, british: 0, 'united kingdom': 0, england: 0, dublin: 0, ireland: 0,
  irish: 0, lisbon: 0, portugal: 0, paris: 1, france: 1, french: 1, berlin: 1, germany: 1,
  german: 1, brussels: 1, belgium: 1, 'the hague': 1, amsterdam: 1, netherlands: 1,
  dutch: 1, luxembourg: 1, bern: 1, zurich: 1, switzerland: 1, swiss: 1,
  vienna: 1, austria: 1, rome: 1, italy: 1, italian: 1, vatican: 1, madrid: 1, spain: 1,
  spanish: 1, warsaw: 1, poland: 1, polish: 1, prague: 1, bratislava: 1, budapest: 1,
  hungary: 1, copenhagen: 1, denmark: 1, oslo: 1, norway: 1, stockholm: 1, sweden: 1,
  belgrade: 1, zagreb: 1, ljubljana: 1, helsinki: 2, finland: 2, tallinn: 2, estonia: 2,
  riga: 2, latvia: 2, vilnius: 2, lithuania: 2, kyiv: 2, kiev: 2, ukraine: 2, ukrainian: 2,
  chisinau: 2, moldova: 2, bucharest: 2, romania: 2, sofia: 2, bulgaria: 2, athens: 2, greece: 2, greek: 2,
  // Russia, Turkey, the Caucasus and the Middle East
  moscow: 3, russia: 3, russian: 3, kremlin: 3, 'st. petersburg': 3, minsk: 3, belarus: 3,
  ankara: 3, turkey: 3, turkish: 3, turkiye: 3, riyadh: 3, 'saudi arabia': 3, saudi: 3, doha: 3,
  qatar: 3, kuwait: 3, baghdad: 3, iraq: 3,
  jerusalem: 2, 'tel aviv': 2, israel: 2, cairo: 2, egypt: 2, beirut: 2, lebanon: 2, amman: 2,
  tehran: 3.5, iran: 3.5, 'abu dhabi': 4, dubai: 4, 'united arab emirates': 4,
  uae: 4, muscat: 4, oman: 4, baku: 4, azerbaijan: 4, tbilisi: 4, yerevan: 4,
  armenia: 4,
  // Asia and Oceania
  kabul: 4.5, islamabad: 5, karachi: 5, pakistan: 5, tashkent: 5, uzbekistan: 5, astana: 5,
  kazakhstan: 5, 'new delhi': 5.5, delhi: 5.5, mumbai: 5.5, india: 5.5, indian: 5.5, hindustan: 5.5,
  kathmandu: 5.75, dhaka: 6, bangladesh: 6, bangkok: 7, thailand: 7, hanoi: 7, vietnam: 7,
  jakarta: 7, indonesia: 7, beijing: 8, shanghai: 8, china: 8, chinese: 8, 'hong kong': 8,
  taipei: 8, taiwan: 8, singapore: 8, 'kuala lumpur': 8, malaysia: 8, malaysian: 8, manila: 8,
  philippines: 8, perth: 8, 'west australian': 8, tokyo: 9, japan: 9, japanese: 9, seoul: 9,
  korea: 9, korean: 9, pyongyang: 9, vladivostok: 10, sydney: 10, melbourne: 10, brisbane: 10,
  canberra: 10, australia: 10, australian: 10, wellington: 12, auckland: 12,
  'new zealand': 12, nz: 12,
  // Africa
  lagos: 1, abuja: 1, nigeria: 1, nigerian: 1, kinshasa: 1, algiers: 1, tunis: 1, rabat: 1,
  johannesburg: 2, pretoria: 2, 'cape town': 2, 'south africa': 2, 'addis ababa': 3,
  ethiopia: 3, nairobi: 3, kenya: 3, accra: 0, ghana: 0, dakar: 0,
};
