/**
 * The briefing as the analysis step hands it to the pages: V8's own serialisation (what `structuredClone`
 * uses), about four times faster to read back than `briefing.json`'s text. Written as records, each a 4-byte
 * length and the V8 bytes: one per top-level field, a list's items a few hundred to a record, so that neither side
 * ever holds the whole file (hundreds of megabytes at thousands of articles) in one buffer.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Briefing } from '../core/model.ts';

/** List items per record: records of a few hundred kilobytes. */
const BATCH = 256;

/** A record that opens a field: its name, and for a list how many items follow (in records of `BATCH`). */
type FieldRecord = { field: string; items: number } | { field: string; value: unknown };

/** Writes `briefing` to the file at `path` (replaced). */
export function writeBriefingRecords(path: string, briefing: Briefing): void {
  const fd = openSync(path, 'w');
  const put = (value: unknown) => {
    const bytes = serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    writeSync(fd, length);
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
  };
  try {
    for (const [field, value] of Object.entries(briefing)) {
      if (!Array.isArray(value)) {
        put({ field, value } satisfies FieldRecord);
        continue;
      }
      put({ field, items: value.length } satisfies FieldRecord);
      for (let start = 0; start < value.length; start += BATCH) put(value.slice(start, start + BATCH));
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the records at `path` one at a time. */
function* records(path: string): Generator<unknown> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.alloc(1 << 20);
    const readExactly = (length: number): Buffer | null => {
      if (buffer.length < length) buffer = Buffer.alloc(length);
      let got = 0;
      while (got < length) {
        const read = readSync(fd, buffer, got, length - got, null);
        if (read === 0) break;
        got += read;
      }
      if (got === 0) return null;
      if (got < length) throw new Error('the briefing hand-over file ends in the middle of a record');
      return buffer.subarray(0, length);
    };
    for (let head = readExactly(4); head !== null; head = readExactly(4)) {
      const body = readExactly(head.readUInt32LE(0));
      if (body === null) throw new Error('the briefing hand-over file ends in the middle of a record');
      yield deserialize(body);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads what `writeBriefingRecords` wrote. */
export function readBriefingRecords(path: string): Briefing {
  const briefing: Record<string, unknown> = {};
  const all = records(path);
  for (let next = all.next(); !next.done; next = all.next()) {
    const record = next.value as FieldRecord;
    if ('value' in record) {
      briefing[record.field] = record.value;
      continue;
    }
    const list: unknown[] = [];
    while (list.length < record.items) {
      const batch = all.next();
      if (batch.done) throw new Error(`the briefing hand-over file ends inside ${record.field}`);
      for (const item of batch.value as unknown[]) list.push(item);
    }
    briefing[record.field] = list;
  }
  return briefing as unknown as Briefing;
}
