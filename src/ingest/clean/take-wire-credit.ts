/**
 * Rule: takes the wire credit that closes agency copy (`... warfare. – Reuters`, a last line `- AP`,
 * `(AFP)`) out of the body and keeps it as `wire`. Only the end of the last paragraph is looked at; the
 * credit needs its dash or brackets, so a sentence ending "..., Reuters reported." is left alone. It also
 * goes when the dateline already named the same agency (`KYIV (AP) — ... (AP)`).
 */
import type { CleanRule } from './clean-rule.ts';
import { WIRE_SOURCE, wireName } from './wire-pattern.ts';

// The dash follows a space or directly a sentence end (`Miami.—Bloomberg`).
const DASH_CREDIT = new RegExp(String.raw`(?:^|\s+|(?<=[.!?\u201D"']))[\-\u2013\u2014]\s*(${WIRE_SOURCE})\.?$`, 'u');
const BRACKET_CREDIT = new RegExp(String.raw`(?:^|\s+)\((${WIRE_SOURCE})\)\.?$`, 'u');
const BARE_CREDIT = new RegExp(String.raw`^(${WIRE_SOURCE})\.?$`, 'u');

/** The wire name, the paragraph without its credit and the credit itself, or null when it has none. */
export function splitWireCredit(paragraph: string): { wire: string; rest: string; credit: string } | null {
  for (const credit of [DASH_CREDIT, BRACKET_CREDIT, BARE_CREDIT]) {
    const match = credit.exec(paragraph);
    if (match?.[1]) return { wire: wireName(match[1]), rest: paragraph.slice(0, match.index).trim(), credit: match[0].trim() };
  }
  return null;
}

/** See the file comment. */
export const takeWireCredit: CleanRule = {
  name: 'take-wire-credit',
  apply(state) {
    const last = state.paragraphs.at(-1);
    const found = last === undefined ? null : splitWireCredit(last);
    // A credit naming another agency than the dateline's is left for an editor to judge.
    if (!found || (state.wire !== null && state.wire !== found.wire)) return null;
    const head = state.paragraphs.slice(0, -1);
    const paragraphs = found.rest === '' ? head : [...head, found.rest];
    const removal = {
      kind: 'wire credit',
      text: found.credit,
      reason: 'take-wire-credit: an agency credit closes the body',
      kept: found.wire,
    };
    return { state: { ...state, paragraphs, wire: found.wire }, removed: [removal] };
  },
};
