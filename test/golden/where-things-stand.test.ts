/**
 * Golden test: "Where things stand" and "What is next" for the committed seeds, against
 * `test/golden/where-things-stand.txt`; and the block moves on when an article with a newer development is
 * added (`test/fixtures/newer-development/`). Record a deliberate change with `UPDATE=1 npm test`; a mismatch
 * otherwise fails and writes `where-things-stand.txt-changed` beside the golden file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import { standText } from '../helpers/stand-text.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const root = resolve(import.meta.dirname, '..', '..');
const golden = join(import.meta.dirname, 'where-things-stand.txt');
const changed = `${golden}-changed`;

function seedsPlus(dirs: string[]) {
  const seeds = loadInputs(root, storyInputs(defaultStory)).input;
  const added = dirs.flatMap((dir) => loadInputs(root, { ...storyInputs(defaultStory), articles: dir }).input.articles);
  return analyze({ ...seeds, articles: [...seeds.articles, ...added] });
}

describe('where things stand for the seeds', () => {
  const text = standText(seedsPlus([]));

  it('matches the golden file', () => {
    if (process.env.UPDATE === '1') {
      writeFileSync(golden, text);
      rmSync(changed, { force: true });
    }
    expect(existsSync(golden), `no golden file: run UPDATE=1 npm test to record ${golden}`).toBe(true);
    const expected = readFileSync(golden, 'utf8');
    if (text !== expected) writeFileSync(changed, text);
    else rmSync(changed, { force: true });
    expect(text === expected, `where things stand changed: diff ${golden} ${changed}, or UPDATE=1 to accept`).toBe(true);
  });

  it('is dated by the newest article and has a line for every topic', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Where things stand as of 2025-11-27');
    const topics = lines.filter((line) => line.endsWith(':') && !line.startsWith(' '));
    expect(topics).toEqual(['Security guarantees:', 'Territory:', 'Ceasefire or peace deal:', 'Who is at the table:', 'What is next:']);
    for (let i = 1; i < lines.length - 2; i++) if (lines[i]?.endsWith(':') && !lines[i]?.startsWith(' ')) expect(lines[i + 1]).toMatch(/^ {2}\d{4}-\d\d-\d\d · /);
  });
});

describe('where things stand after an article with a newer development', () => {
  const before = seedsPlus([]);
  const after = seedsPlus([join(root, 'test', 'fixtures', 'newer-development')]);
  const text = standText(after);
  const slug = '2025-12-03-zelensky-to-meet-trump-in-washington-on-revised-plan';

  it('is dated by the new article', () => {
    expect(before.asOf).toBe('2025-11-27');
    expect(text.split('\n')[0]).toBe('Where things stand as of 2025-12-03');
  });

  it('leads the topics the new article speaks to with its sentences', () => {
    expect(text).toContain(`2025-12-03 · statement by Volodymyr Zelensky: Ukrainian President Volodymyr Zelensky said on Wednesday that Ukraine would accept no security guarantees weaker than the protection NATO members give one another. [${slug}#s-1]`);
    expect(text).toContain(`2025-12-03 · statement by Dmitry Peskov: Kremlin spokesman Dmitry Peskov said Moscow would not withdraw its troops from the Donbas region under any plan. [${slug}#s-4]`);
  });

  it('shows a figure that changed with every value and the day it was first reported, newest last', () => {
    expect(text).toContain(`2025-12-03 · updated: 28 points (2025-11-27) → 22 points (2025-11-27) → 20 points (2025-12-03): The revised plan now has 20 points, a senior Ukrainian official said. [${slug}#s-3]`);
  });

  it('lists the scheduled meeting under what is next, with who and where', () => {
    expect(text).toContain('2025-12-10 (day) scheduled: Zelensky is due to meet Trump in Washington to discuss the revised peace plan · who: Volodymyr Zelensky, Donald Trump · where: Washington');
    expect(standText(before)).toMatch(/What is next:\n$/);
  });

  it('leaves the topics it does not speak to as they were', () => {
    const section = (all: string, title: string) => all.slice(all.indexOf(`${title}:`), all.indexOf(':\n', all.indexOf(`${title}:`) + title.length + 2));
    expect(section(text, 'Who is at the table')).toContain('Donald Trump says ground-breaking talks with Russia over a ceasefire in Ukraine have been positive.');
  });
});
