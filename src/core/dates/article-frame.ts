/**
 * Where and when an article was written: the day of writing (the publication day, moved a day when
 * the dateline's place is half a day away from the outlet's zone: a Beijing outlet's Monday story
 * from Los Angeles was written on the Sunday there) and the writer's zone, with any dateline left at
 * the start of the body, whose words are no date. See `zone-offsets.ts` for what can be known.
 */
import { parseIsoDay, type DayNumber } from './calendar.ts';
import { findDateline, type BodyDateline } from './find-dateline.ts';
import { dayStep, offsetOfPlace, outletOffset, type ZoneTable } from './zone-offsets.ts';
import type { ArticleReading } from '../reading/read-articles.ts';

/** An article's time and place of writing. */
export interface ArticleFrame {
  /** The day of writing. */
  written: DayNumber;
  /** The writer's offset from UTC in hours (the dateline's, else the outlet's), or null when unknown. */
  writer: number | null;
  /** A dateline at the start of one of the first two paragraphs: its sentence's position, and the dateline. */
  dateline: { position: number; found: BodyDateline } | null;
  /** The places the analysis knows, with their offsets. */
  zones: ZoneTable;
}

/** The frame of one article. */
export function frameOf(article: ArticleReading, zones: ZoneTable): ArticleFrame {
  const input = article.parsed.input;
  let dateline: ArticleFrame['dateline'] = null;
  for (const paragraph of article.paragraphs.slice(0, 2)) {
    const first = paragraph.sentences[0];
    const found = first ? findDateline(first.sentence.text, zones) : null;
    if (first && found) {
      dateline = { position: first.position, found };
      break;
    }
  }
  const outlet = outletOffset(input, zones);
  const place = input.dateline ?? dateline?.found.place ?? null;
  const writer = (place === null ? null : offsetOfPlace(place, zones)) ?? outlet;
  return { written: parseIsoDay(input.published) + dayStep(outlet, writer), writer, dateline, zones };
}
