/**
 * Words that may stand inside a title before a name without being an office themselves
 * ("U.S. Secretary of State", "Ukraine's chief negotiator", "Trump's former top Russia adviser").
 * Lowercase; nationality words live in `nationalities.ts`. Collected from wire copy titles.
 */
export const titleModifiers: string[] = [
  'former',
  'top',
  'senior',
  'chief',
  'special',
  'deputy',
  'acting',
  'outgoing',
  'incoming',
  'new',
  'then',
  'presidential',
  'foreign',
  'defence',
  'defense',
  'treasury',
  'army',
  'navy',
  'state',
  'national',
  'security',
  'economic',
  'investment',
  'policy',
  'peace',
  'lead',
  'first',
  'interim',
  'longtime',
  'veteran',
  'personal',
  'press',
  'media',
  'international',
  'affairs',
  'ministry',
];

/** Determiners and possessive pronouns that may open a role phrase after a comma ("Marco Rubio, the secretary of state"). */
export const roleDeterminers: string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their'];

/** Honorifics written between a title and a name ("Prime Minister Sir Keir Starmer"): part of the mention, not of the role. */
export const honorifics: string[] = [
  'sir',
  'dame',
  'lord',
  'lady',
  'mr',
  'mrs',
  'ms',
  'dr',
  'baroness',
  'baron',
  'sheikh',
  'sheikha',
  'rabbi',
  'imam',
];
