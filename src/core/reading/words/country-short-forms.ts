/**
 * Short forms of country names that news copy uses and the `world-countries` package does not list, with the
 * package's common name: the usual English exonyms and clipped forms (AP Stylebook, "country names").
 */
export const countryShortForms: ReadonlyArray<readonly [form: string, country: string]> = [
  ['Britain', 'United Kingdom'],
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['America', 'United States'],
  ['Turkey', 'Türkiye'],
  ['Holland', 'Netherlands'],
  ['Czech Republic', 'Czechia'],
];

/** Seats of government that stand for their country in titles ("Kremlin aide", "White House envoy"). */
export const seatsOfGovernment: ReadonlyArray<readonly [seat: string, country: string]> = [
  ['kremlin', 'Russia'],
  ['white house', 'United States'],
  ['downing street', 'United Kingdom'],
  ['elysee', 'France'],
  ['élysée', 'France'],
  ['bankova', 'Ukraine'],
  ['zhongnanhai', 'China'],
  ['quai d’orsay', 'France'],
];

/** Adjectives and abbreviations of bodies above countries, with the body's name ("European leaders", "EU envoy"). */
export const supranationalWords: ReadonlyArray<readonly [word: string, body: string]> = [
  ['european', 'European Union'],
  ['eu', 'European Union'],
  ['nato', 'NATO'],
  ['un', 'United Nations'],
  ['u.n.', 'United Nations'],
];
