/**
 * Where an article was written and published, as offsets from UTC, so that "today" and weekdays can
 * be read in the right place. What the article data can tell:
 * - the outlet's zone: the country code of its web address (`sbs.com.au`), else a place in its name
 *   ("China Daily", "The West Australian"); a `.com` outlet with a name that names no place is unknown;
 * - the writer's zone: the dateline's place (`LOS ANGELES`), else the outlet's;
 * - an event's zone: the first place the sentence names ("at the White House", "in Sydney").
 * Places are the generic ones (`words/place-offsets.ts`) and the story's own, which its editorial data gives with
 * their offsets (`places.yaml`); a table of both is made once per analysis.
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

/** Places with their offsets, indexed for a word-by-word scan. */
export interface ZoneTable {
  /** Offset by lowercase place name. */
  offsets: ReadonlyMap<string, number>;
  /** Place names as words, by their first word, longest first, so a scan tries "new york" before "new". */
  byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The generic places and a story's own (`{ "port example": -5 }`, lowercase; a story's place wins). */
export function zoneTable(storyPlaces: Readonly<Record<string, number>> = {}): ZoneTable {
  const offsets = new Map([
    ...Object.entries(placeOffsets),
    ...Object.entries(storyPlaces).map(([name, offset]) => [name.toLowerCase(), offset] as const),
  ]);
  const byFirstWord = new Map<string, string[][]>();
  for (const name of [...offsets.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const words = name.split(/\s+/);
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push(words);
    byFirstWord.set(words[0]!, list);
  }
  return { offsets, byFirstWord };
}

/** The generic places alone. */
export const GENERIC_ZONES = zoneTable();

/** The offset of the first place named in a run of words (lowercase), or null. Bounded: three words per start. */
export function offsetOfWords(words: readonly string[], zones: ZoneTable = GENERIC_ZONES): number | null {
  for (let i = 0; i < words.length; i++) {
    for (const name of zones.byFirstWord.get(words[i]!) ?? []) {
      if (name.every((word, k) => words[i + k] === word)) return zones.offsets.get(name.join(' ')) ?? null;
    }
  }
  return null;
}

/** The offset of a place written as free text (`LOS ANGELES`, `Kyiv/Washington`), or null. */
export function offsetOfPlace(text: string, zones: ZoneTable = GENERIC_ZONES): number | null {
  return offsetOfWords(
    text
      .toLowerCase()
      .split(/[^\p{L}.'-]+/u)
      .filter(Boolean),
    zones,
  );
}

/** The outlet's offset: its address's country code, else a place in its name, else null. */
export function outletOffset(input: Pick<ArticleInput, 'outlet' | 'url'>, zones: ZoneTable = GENERIC_ZONES): number | null {
  const host = input.url === null ? null : /^https?:\/\/([^/:?#]+)/i.exec(input.url)?.[1]?.toLowerCase();
  const code = host?.split('.').at(-1);
  const byDomain = code === undefined ? undefined : domainOffsets[code];
  return byDomain ?? offsetOfPlace(input.outlet, zones);
}

/** Words after which a capitalised place is where something happens ("in Alaska", "at the White House"). */
const locative = new Set(['in', 'at', 'near', 'from']);

/**
 * The offset of the first capitalised place a sentence puts something in ("met in Sydney", "told
 * reporters at the White House"), or null. Places named otherwise ("US President", "Russian forces")
 * say whose, not where, and are skipped.
 */
function placeOffset(tokens: readonly Token[], zones: ZoneTable): number | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!locative.has(tokens[i]!.lower)) continue;
    const start = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const words: string[] = [];
    for (let k = start; k < start + 3 && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.word || !token.cap) break;
      words.push(token.lower.replace(/'s$/, ''));
    }
    const found = words.length === 0 ? null : offsetOfWords(words, zones);
    if (found !== null) return found;
  }
  return null;
}

/** `placeOffset` once per distinct sentence text and table. */
const perTable = new WeakMap<ZoneTable, (tokens: readonly Token[]) => number | null>();

/** The offset of the place a sentence puts something in (see `placeOffset`), or null. */
export function offsetInSentence(tokens: readonly Token[], zones: ZoneTable = GENERIC_ZONES): number | null {
  let memo = perTable.get(zones);
  if (memo === undefined) {
    memo = perSentenceText((words) => placeOffset(words, zones));
    perTable.set(zones, memo);
  }
  return memo(tokens);
}

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
