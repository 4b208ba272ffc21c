/** Writes text given in pieces to a file or to standard output, about a megabyte at a time, never as one string. */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/** Writes `chunks` to the file at `path` (replaced), or to standard output when `path` is null. */
export function writeChunks(path: string | null, chunks: Iterable<string>): void {
  const fd = path === null ? null : openSync(path, 'w');
  // Standard output may be a non-blocking pipe, which writeSync cannot fill; Node's stream queues instead.
  const write = (buffer: Buffer) => {
    if (fd === null) process.stdout.write(buffer);
    else for (let written = 0; written < buffer.length;) written += writeSync(fd, buffer, written);
  };
  try {
    let pending: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) {
        write(Buffer.from(pending.join(''), 'utf8'));
        pending = [];
        size = 0;
      }
    }
    if (size > 0) write(Buffer.from(pending.join(''), 'utf8'));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
