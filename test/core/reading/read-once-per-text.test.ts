import { describe, expect, it } from 'vitest';
import { readOncePerText } from '../../../src/core/reading/read-once-per-text.ts';

describe('readOncePerText', () => {
  it('hands back what the reader makes', () => {
    expect(readOncePerText((text) => text.length)('Kyiv said.')).toBe(10);
  });

  it.each<[string, string[], number]>([
    ['one text read once however often it comes', ['a', 'a', 'a'], 1],
    ['distinct texts read each', ['a', 'b', 'a', 'b'], 2],
    ['texts differing only in case are distinct', ['Kyiv', 'kyiv'], 2],
    ['the empty text is a text', ['', ''], 1],
  ])('%s', (_, texts, reads) => {
    let count = 0;
    const read = readOncePerText((text) => {
      count += 1;
      return [text];
    });
    for (const text of texts) read(text);
    expect(count).toBe(reads);
  });

  it('hands back the same value for a repeat', () => {
    const read = readOncePerText((text) => [text]);
    expect(read('Geneva')).toBe(read('Geneva'));
  });

  it('reads again a text whose reading is undefined', () => {
    let count = 0;
    const read = readOncePerText(() => {
      count += 1;
      return undefined;
    });
    read('x');
    read('x');
    expect(count).toBe(2);
  });
});
