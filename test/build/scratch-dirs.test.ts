import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discardScratch, makeScratch } from '../../src/integration/scratch-dirs.ts';

let parent = '';
afterEach(() => rmSync(parent, { recursive: true, force: true }));

function fill(dir: string): void {
  for (let i = 0; i < 20; i += 1) {
    mkdirSync(join(dir, `d${i}`), { recursive: true });
    for (let j = 0; j < 20; j += 1) writeFileSync(join(dir, `d${i}`, `f${j}.html`), 'x'.repeat(100));
  }
}

/** Names in `dir` that a later build would take for a live build's scratch. */
const scratchLeft = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.dist-build-'));

describe('discardScratch', () => {
  it('removes a scratch folder and leaves nothing beside it', () => {
    parent = mkdtempSync(join(tmpdir(), 'scratch-'));
    const scratch = makeScratch(parent);
    fill(scratch);
    discardScratch(scratch);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves no scratch behind while another process is still writing into it', async () => {
    parent = mkdtempSync(join(tmpdir(), 'scratch-'));
    const scratch = makeScratch(parent);
    fill(scratch);
    // A writer that goes on adding folders and files under the scratch's path for a moment, making them again
    // after they are removed, as the search indexer can while the same Ctrl-C stops it and the build.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); const path = require('node:path'); const dir = process.argv[1];
         process.stdout.write('ready\\n');
         const end = Date.now() + 300;
         for (let i = 0; Date.now() < end; i += 1) {
           try { fs.mkdirSync(path.join(dir, 'w' + (i % 50)), { recursive: true }); fs.writeFileSync(path.join(dir, 'w' + (i % 50), 'f' + i), 'x'); } catch {}
         }`,
        scratch,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    discardScratch(scratch);
    const closed = writer.exitCode === null ? await new Promise((resolve) => writer.once('close', resolve)) : writer.exitCode;
    expect(closed).toBe(0);
    expect(scratchLeft(parent)).toEqual([]);
    expect(existsSync(scratch)).toBe(false);
  });

  it('does nothing for a folder already gone', () => {
    parent = mkdtempSync(join(tmpdir(), 'scratch-'));
    expect(() => discardScratch(join(parent, '.dist-build-1-gone'))).not.toThrow();
  });
});
