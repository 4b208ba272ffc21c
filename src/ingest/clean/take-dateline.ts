/**
 * Rule: takes the dateline, the place that opens wire-style copy, out of the body and keeps it as the
 * article's `dateline` (without its colon, dash or full stop). After AP, Reuters and dpa style:
 * - all-caps places, on a line of their own (`WASHINGTON`, `ANCHORAGE:`, `KYIV, Ukraine`) or opening the
 *   first paragraph (`ANCHORAGE: US President...`, `KYIV, Ukraine (AP) — Russia...`, `MOSCOW, Aug 15
 *   (Reuters) - ...`), several joined by slashes for a story filed from two cities
 *   (`KYIV/WASHINGTON, Nov 23 (Reuters) -`);
 * - places in ordinary capitals only where the shape leaves no doubt: two or more joined by slashes and
 *   closed by a full stop or dash (`Jerusalem/Cairo.`), or one followed by a wire credit in brackets
 *   (`Kyiv (AFP) - ...`).
 * A wire name in brackets there is kept as `wire`. Labels and acronyms (`BREAKING:`, `NATO:`) are not
 * places: see `../words/dateline-exclusions.ts`.
 */
import { datelineExclusions } from '../words/dateline-exclusions.ts';
import type { CleanRule, CleanState } from './clean-rule.ts';
import { WIRE_SOURCE, wireName } from './wire-pattern.ts';

// One to four all-caps words: `KYIV`, `NEW YORK`, `RIO DE JANEIRO`, `ST. PETERSBURG`; several joined by `/`.
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'\u2019.\-]*(?: \p{Lu}[\p{Lu}'\u2019.\-]*){0,3}`;
const CAPS_PLACES = String.raw`${CAPS_PLACE}(?:\s?/\s?${CAPS_PLACE})*`;
// One to three capitalised words: `Jerusalem`, `Tel Aviv`, `Rio de Janeiro` is out of reach on purpose.
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}[\p{L}'\u2019\-]*(?: \p{Lu}\p{Ll}[\p{L}'\u2019\-]*){0,2}`;
const TITLE_PLACES = String.raw`${TITLE_PLACE}(?:\s?/\s?${TITLE_PLACE})+`;
// What may follow the place before the separator: `, Ukraine`, `, Aug 15`.
const REGION = String.raw`(?:,\s*[\p{L}\d][\p{L}\d .'\u2019]{0,30}?)?`;
const WIRE = String.raw`(?:\((${WIRE_SOURCE})\)\s*)`;
const DASH = String.raw`[\-\u2013\u2014]`;

/** Dateline shapes, most specific first; group 1 is the place, group 2 the wire when there is one. */
const SHAPES: readonly { line: RegExp | null; prefix: RegExp }[] = [
  {
    line: new RegExp(String.raw`^(${CAPS_PLACES})${REGION}\s*(?::|${DASH})?$`, 'u'),
    prefix: new RegExp(String.raw`^(${CAPS_PLACES})${REGION}\s*${WIRE}?(?::|${DASH})\s+(?=\S)`, 'u'),
  },
  {
    // No colon here: `Trump/Putin: the summit ...` opens a headline, not a dateline.
    line: new RegExp(String.raw`^(${TITLE_PLACES})\s*\.?$`, 'u'),
    prefix: new RegExp(String.raw`^(${TITLE_PLACES})${REGION}\s*${WIRE}?(?:\.|\s${DASH})\s+(?=\S)`, 'u'),
  },
  { line: null, prefix: new RegExp(String.raw`^(${TITLE_PLACE})${REGION}\s*${WIRE}(?::|${DASH})\s+(?=\S)`, 'u') },
];

const excluded = new Set(datelineExclusions.map((label) => label.toUpperCase()));

/** True when every slash-joined part is a place: three letters or more, and not a label or acronym. */
function isPlace(places: string): boolean {
  return places.split('/').every((place) => {
    const bare = place.trim().replace(/[.'\u2019\-]+$/, '');
    return bare.replace(/[^\p{L}]/gu, '').length >= 3 && !excluded.has(bare.toUpperCase());
  });
}

/** The dateline as kept: slash-joined places without spaces around the slash. */
function tidy(places: string): string {
  return places.replace(/\s*\/\s*/g, '/');
}

/** The dateline, wire, removed opening and remaining text of a paragraph that opens with one, or null. */
export function splitDateline(paragraph: string): { dateline: string; wire: string | null; opening: string; rest: string } | null {
  for (const shape of SHAPES) {
    const line = shape.line?.exec(paragraph);
    if (line?.[1] && isPlace(line[1])) return { dateline: tidy(line[1]), wire: null, opening: paragraph, rest: '' };
    const prefix = shape.prefix.exec(paragraph);
    if (!prefix?.[1] || !isPlace(prefix[1])) continue;
    const rest = paragraph.slice(prefix[0].length);
    // A shouted headline (`TRUMP: PEACE IS NEAR`) is not a dateline and its text.
    if (!/\p{Ll}/u.test(rest)) return null;
    return { dateline: tidy(prefix[1]), wire: prefix[2] ? wireName(prefix[2]) : null, opening: prefix[0].trim(), rest };
  }
  return null;
}

/** See the file comment. Only the first dateline is taken. */
export const takeDateline: CleanRule = {
  name: 'take-dateline',
  apply(state: CleanState) {
    const first = state.paragraphs[0];
    if (state.dateline !== null || first === undefined) return null;
    const found = splitDateline(first);
    if (!found) return null;
    const paragraphs = found.rest === '' ? state.paragraphs.slice(1) : [found.rest, ...state.paragraphs.slice(1)];
    const kept = `${found.dateline}${found.wire ? ` (${found.wire})` : ''}`;
    const removal = { kind: 'dateline', text: found.opening, reason: 'take-dateline: a place opens the body', kept };
    return { state: { ...state, paragraphs, dateline: found.dateline, wire: state.wire ?? found.wire }, removed: [removal] };
  },
};
