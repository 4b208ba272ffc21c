/**
 * Rule: takes the dateline, the all-caps place that opens wire-style copy, out of the body and keeps it
 * as the article's `dateline` (without its colon or dash). Two shapes, after AP and Reuters style:
 * a line of its own (`WASHINGTON`, `ANCHORAGE:`, `KYIV, Ukraine`), or the start of the first paragraph
 * (`ANCHORAGE: US President...`, `KYIV, Ukraine (AP) — Russia...`, `MOSCOW, Aug 15 (Reuters) - ...`).
 * A wire name in brackets there is kept as `wire`. Labels and acronyms (`BREAKING:`, `NATO:`) are not
 * places: see `../words/dateline-exclusions.ts`.
 */
import { datelineExclusions } from '../words/dateline-exclusions.ts';
import type { CleanRule, CleanState } from './clean-rule.ts';
import { WIRE_SOURCE, wireName } from './wire-pattern.ts';

// One to four all-caps words: `KYIV`, `NEW YORK`, `RIO DE JANEIRO`, `ST. PETERSBURG`.
const PLACE = String.raw`\p{Lu}[\p{Lu}'\u2019.\-]*(?: \p{Lu}[\p{Lu}'\u2019.\-]*){0,3}`;
// What may follow the place before the separator: `, Ukraine`, `, Aug 15`.
const REGION = String.raw`(?:,\s*[\p{L}\d][\p{L}\d .'\u2019]{0,30}?)?`;
const LINE = new RegExp(String.raw`^(${PLACE})${REGION}\s*[:\-\u2013\u2014]?$`, 'u');
const PREFIX = new RegExp(String.raw`^(${PLACE})${REGION}\s*(?:\((${WIRE_SOURCE})\)\s*)?(?::|[\-\u2013\u2014])\s+(?=\S)`, 'u');

const excluded = new Set(datelineExclusions);

function isPlace(place: string): boolean {
  const bare = place.replace(/[.'\u2019\-]+$/, '');
  return bare.replace(/[^\p{L}]/gu, '').length >= 3 && !excluded.has(bare);
}

/** The dateline, wire and remaining text of a paragraph that opens with one, or null. */
export function splitDateline(paragraph: string): { dateline: string; wire: string | null; rest: string } | null {
  const line = LINE.exec(paragraph);
  if (line?.[1] && isPlace(line[1])) return { dateline: line[1], wire: null, rest: '' };
  const prefix = PREFIX.exec(paragraph);
  if (!prefix?.[1] || !isPlace(prefix[1])) return null;
  const rest = paragraph.slice(prefix[0].length);
  // A shouted headline (`TRUMP: PEACE IS NEAR`) is not a dateline and its text.
  if (!/\p{Ll}/u.test(rest)) return null;
  return { dateline: prefix[1], wire: prefix[2] ? wireName(prefix[2]) : null, rest };
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
    const removed = [`dateline ${found.dateline}${found.wire ? ` (${found.wire})` : ''}`];
    return { state: { ...state, paragraphs, dateline: found.dateline, wire: state.wire ?? found.wire }, removed };
  },
};
