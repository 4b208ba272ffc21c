/**
 * Where an article was written and published, as offsets from UTC, so that "today" and weekdays can
 * be read in the right place. What the article data can tell:
 * - the outlet's zone: the country code of its web address (`sbs.com.au`), else a place in its name
 *   ("China Daily", "The West Australian"); a `.com` outlet with a name that names no place is unknown;
 * - the writer's zone: the dateline's place (`LOS ANGELES`), else the outlet's;
 * - an event's zone: the first place the sentence names ("at the White House", "in Alaska").
 * What it cannot tell: the hour of publication, summer time (offsets are standard time), nor which
 * zone of a country that spans several is meant. So zones only count when they are at least half a
 * day apart: then, for most of one place's day, the other is on the neighbouring date, and the
 * neighbouring date is the likelier reading (15 hours apart, 15 of 24 hours).
 */
import type { ArticleInput } from '../model.ts';
import type { Token } from '../reading/tokenize.ts';
import { perSentenceText } from './per-sentence-text.ts';
import { domainOffsets } from './words/domain-offsets.ts';
import { placeOffsets } from './words/place-offsets.ts';

/** Hours apart from which a place is read on the neighbouring date. */
const halfDay = 12;

/** Place names by their first word, longest first, so a scan tries "new york" before "new". */
const byFirstWord = new Map<string, string[][]>();
for (const name of Object.keys(placeOffsets).sort((a, b) => b.length - a.length)) {
  const words = name.split(' ');
  const list = byFirstWord.get(words[0]!) ?? [];
  list.push(words);
  byFirstWord.set(words[0]!, list);
}

/** The offset of the first place named in a run of words (lowercase), or null. Bounded: three words per start. */
export function offsetOfWords(words: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    for (const name of byFirstWord.get(words[i]!) ?? []) {
      if (name.every((word, k) => words[i + k] === word)) return placeOffsets[name.join(' ')] ?? null;
    }
  }
  return null;
}

/** The offset of a place written as free text (`LOS ANGELES`, `Kyiv/Washington`), or null. */
export function offsetOfPlace(text: string): number | null {
  return offsetOfWords(text.toLowerCase().split(/[^\p{L}.'-]+/u).filter(Boolean));
}

/** The outlet's offset: its address's country code, else a place in its name, else null. */
export function outletOffset(input: Pick<ArticleInput, 'outlet' | 'url'>): number | null {
  const host = input.url === null ? null : /^https?:\/\/([^/:?#]+)/i.exec(input.url)?.[1]?.toLowerCase();
  const code = host?.split('.').at(-1);
  const byDomain = code === undefined ? undefined : domainOffsets[code];
  return byDomain ?? offsetOfPlace(input.outlet);
}

/** Words after which a capitalised place is where something happens ("in Alaska", "at the White House"). */
const locative = new Set(['in', 'at', 'near', 'from']);

/**
 * The offset of the first capitalised place a sentence puts something in ("met in Anchorage", "told
 * reporters at the White House"), or null. Places named otherwise ("US President", "Russian forces")
 * say whose, not where, and are skipped. Once per distinct sentence text.
 */
export const offsetInSentence = perSentenceText(function placeOffset(tokens: readonly Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!locative.has(tokens[i]!.lower)) continue;
    const start = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const words: string[] = [];
    for (let k = start; k < start + 3 && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.word || !token.cap) break;
      words.push(token.lower.replace(/'s$/, ''));
    }
    const found = words.length === 0 ? null : offsetOfWords(words);
    if (found !== null) return found;
  }
  return null;
});

/**
 * The date step from one zone to another: -1 when `to` is at least half a day behind `from` (it
 * is most likely still the day before there), +1 when half a day ahead, else 0.
 */
export function dayStep(from: number | null, to: number | null): number {
  if (from === null || to === null) return 0;
  if (from - to >= halfDay) return -1;
  if (to - from >= halfDay) return 1;
  return 0;
}
