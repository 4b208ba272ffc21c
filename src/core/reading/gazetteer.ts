/**
 * The countries of the world, from the maintained `world-countries` package (ISO 3166 names, demonyms and capitals):
 * the names a country goes by, the demonym that ties a title to it ("Russian foreign minister"), and its capital.
 * Story-independent: the analysis knows every country, not only the ones a story names.
 */
import countries from 'world-countries';
import { countryShortForms } from './words/country-short-forms.ts';

/** A country as the analysis knows it. */
export interface GazetteerCountry {
  /** Common English name (`United Kingdom`). */
  name: string;
  /** Names it is written under in English copy (`United Kingdom`, `UK`, `Great Britain`, `Britain`). */
  names: string[];
  /** Demonyms, lowercase (`british`). */
  demonyms: string[];
  /** Capitals, as written (`London`). */
  capitals: string[];
}

/** Latin-script names only, and no two-letter ISO code (`GB`); common abbreviations (`UK`, `UAE`) stay. */
function isEnglishName(name: string, code: string): boolean {
  return name !== code && /^[\p{Script=Latin}\s.'’-]+$/u.test(name) && !/,/.test(name);
}

const shortForms = new Map<string, string[]>();
for (const [form, country] of countryShortForms) shortForms.set(country, [...(shortForms.get(country) ?? []), form]);

/** Every country, in the package's order. */
export const gazetteer: readonly GazetteerCountry[] = countries.map((country) => {
  const names = [country.name.common, country.name.official, ...country.altSpellings];
  const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(
    (word): word is string => typeof word === 'string' && word !== '',
  );
  return {
    name: country.name.common,
    names: [...new Set([...names.filter((name) => isEnglishName(name, country.cca2)), ...(shortForms.get(country.name.common) ?? [])])],
    demonyms: [...new Set(demonyms.map((word) => word.toLowerCase()))],
    capitals: country.capital
      .flatMap((capital) => [capital, capital.replace(/\s+D\.C\.$/, '')])
      .filter((capital, i, all) => all.indexOf(capital) === i),
  };
});

/** Plurals of the demonyms ("ukrainians", "israelis", "palestinians"): peoples, never a person's name. */
export const demonymPlurals: readonly string[] = [
  ...new Set(
    gazetteer.flatMap((country) =>
      country.demonyms.filter((demonym) => !/(?:ese|ss|sh|ch)$/.test(demonym) && !/\s/.test(demonym)).map((demonym) => `${demonym}s`),
    ),
  ),
  'europeans',
];
