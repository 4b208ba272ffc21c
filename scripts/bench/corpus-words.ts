/**
 * Word lists the synthetic corpus is made from. Names are common given names and surnames of the countries
 * that appear in coverage of the war, written as English-language wires spell them; outlets are invented
 * mastheads in the usual English-language patterns; wires are real agencies that sell copy to other outlets.
 * None of the generated people exist: first and last names are combined at random.
 */

/** Given names (Ukrainian, Russian, American, European, Turkish and Gulf usage). */
export const FIRST_NAMES = [
  'Andriy',
  'Olena',
  'Taras',
  'Iryna',
  'Mykola',
  'Oksana',
  'Dmytro',
  'Yulia',
  'Serhiy',
  'Kateryna',
  'Alexei',
  'Natalia',
  'Sergei',
  'Yelena',
  'Nikolai',
  'Tatiana',
  'Mikhail',
  'Olga',
  'Pavel',
  'Irina',
  'Michael',
  'Sarah',
  'Robert',
  'Jennifer',
  'Thomas',
  'Laura',
  'Daniel',
  'Rebecca',
  'Kevin',
  'Megan',
  'Pierre',
  'Claire',
  'Jean',
  'Sophie',
  'Klaus',
  'Annika',
  'Jurgen',
  'Petra',
  'Piotr',
  'Agnieszka',
  'Mehmet',
  'Ayse',
  'Emre',
  'Zeynep',
  'Khalid',
  'Fatima',
  'Omar',
  'Leila',
  'Lars',
  'Ingrid',
  'Giorgio',
  'Francesca',
  'Janis',
  'Kristiina',
  'Mateusz',
  'Hanna',
  'Viktor',
  'Eszter',
  'Tomas',
  'Marta',
];

/** Surnames of the same communities. */
export const LAST_NAMES = [
  'Kovalenko',
  'Bondarenko',
  'Tkachenko',
  'Shevchuk',
  'Melnyk',
  'Kravets',
  'Oliynyk',
  'Hrytsenko',
  'Lysenko',
  'Moroz',
  'Sokolov',
  'Volkov',
  'Morozov',
  'Fedorov',
  'Belov',
  'Orlov',
  'Zaitsev',
  'Gusev',
  'Kiselyov',
  'Tarasov',
  'Hartman',
  'Caldwell',
  'Brennan',
  'Whitaker',
  'Delgado',
  'Hollis',
  'Prescott',
  'Sandoval',
  'Thornton',
  'Garrity',
  'Moreau',
  'Lefebvre',
  'Girard',
  'Rousseau',
  'Brandt',
  'Vogel',
  'Hoffmann',
  'Lindqvist',
  'Nowicki',
  'Zielinski',
  'Aydin',
  'Demir',
  'Kaya',
  'Celik',
  'Al-Mansouri',
  'Haddad',
  'Nasser',
  'Saleh',
  'Andersen',
  'Virtanen',
  'Ricci',
  'Esposito',
  'Berzins',
  'Tamm',
  'Horvath',
  'Novak',
  'Dvorak',
  'Petrov',
  'Ivanenko',
  'Savchenko',
];

/** Countries a generated person may serve, with the adjective wires put before a title. */
export const COUNTRIES = [
  { name: 'Ukraine', adjective: 'Ukrainian' },
  { name: 'Russia', adjective: 'Russian' },
  { name: 'United States', adjective: 'U.S.' },
  { name: 'France', adjective: 'French' },
  { name: 'Germany', adjective: 'German' },
  { name: 'United Kingdom', adjective: 'British' },
  { name: 'Turkey', adjective: 'Turkish' },
  { name: 'Poland', adjective: 'Polish' },
  { name: 'Finland', adjective: 'Finnish' },
  { name: 'Saudi Arabia', adjective: 'Saudi' },
  { name: 'Hungary', adjective: 'Hungarian' },
  { name: 'Italy', adjective: 'Italian' },
];

/** Titles written before a name ("Foreign Minister X") and the plain role wires use in apposition. */
export const TITLES = [
  { title: 'Foreign Minister', role: 'foreign minister' },
  { title: 'Defence Minister', role: 'defence minister' },
  { title: 'Prime Minister', role: 'prime minister' },
  { title: 'special envoy', role: 'special envoy' },
  { title: 'national security adviser', role: 'national security adviser' },
  { title: 'chief negotiator', role: 'chief negotiator' },
  { title: 'Deputy Foreign Minister', role: 'deputy foreign minister' },
  { title: 'presidential aide', role: 'presidential aide' },
  { title: 'Ambassador', role: 'ambassador to the United Nations' },
  { title: 'General', role: 'chief of the general staff' },
];

/** First halves of invented mastheads. */
export const OUTLET_PLACES = [
  'Northbridge',
  'Eastbury',
  'Riverside',
  'Harbour City',
  'Westfield',
  'Lakeshore',
  'Kingsport',
  'Baltic',
  'Danube',
  'Pacific',
  'Highland',
  'Midland',
];

/** Second halves of invented mastheads. */
export const OUTLET_NOUNS = ['Courier', 'Herald', 'Observer', 'Times', 'Gazette', 'Post', 'Chronicle', 'Independent', 'Tribune', 'Review'];

/** Wire services whose copy many outlets carry. */
export const WIRES = ['Reuters', 'Associated Press', 'AFP', 'dpa', 'Bloomberg', 'Anadolu Agency', 'Ukrinform', 'PAP'];

/** Venues of talks, as datelines and in text. */
export const PLACES = [
  'Geneva',
  'Istanbul',
  'Riyadh',
  'Abu Dhabi',
  'Helsinki',
  'Budapest',
  'Jeddah',
  'Doha',
  'Vienna',
  'Oslo',
  'Miami',
  'Rome',
  'Warsaw',
  'Berlin',
];

/** Venue names of the seed coverage that the corpus replaces by a generated venue. */
export const SEED_VENUES = ['Alaska', 'Anchorage', 'Geneva'];

/** What talks are about, for headlines and generated sentences. */
export const SUBJECTS = [
  'security guarantees',
  'a ceasefire',
  'the peace plan',
  'prisoner exchanges',
  'sanctions relief',
  'the front line',
  'territorial questions',
  'the energy truce',
  'reconstruction funds',
  'a peace deal',
];

/** Speech verbs of generated attributions. */
export const SPEECH_VERBS = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'wrote on social media'];

/** Weekdays as wires write them. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Month names for generated dates. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
