/**
 * The wire-service names of `../words/wire-services.ts` as one regular-expression alternative, longest
 * first so `Associated Press` wins over `AP`, and a lookup from any spelling to the listed one.
 */
import { wireServices } from '../words/wire-services.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** `(?:Associated Press|Reuters|...|AP)`, case-sensitive on purpose (`AP`, not the word `ap`). */
export const WIRE_SOURCE = `(?:${[...wireServices]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

/** The listed spelling of a matched wire name (white space collapsed). */
export function wireName(matched: string): string {
  const text = matched.replace(/\s+/g, ' ');
  return wireServices.find((name) => name === text) ?? text;
}
