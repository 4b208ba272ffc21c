import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../../../src/core/text/extract-paragraphs.ts';
import { plainParagraphs } from '../../../src/core/text/plain-paragraphs.ts';

/** A tiny seeded generator (mulberry32), so the random bodies are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('plainParagraphs', () => {
  it('splits plain prose on blank lines and normalises whitespace', () => {
    expect(plainParagraphs('Kyiv said on Monday.\n\nMoscow  said\nnothing.\n')).toEqual(['Kyiv said on Monday.', 'Moscow said nothing.']);
  });

  it.each<[string, string, string[]]>([
    ['blank line of spaces', 'One.\n   \nTwo.', ['One.', 'Two.']],
    ['many blank lines', '\n\nOne.\n\n\n\nTwo.\n\n', ['One.', 'Two.']],
    ['no-break spaces', 'Marco\u00a0Rubio\u202fsaid.', ['Marco Rubio said.']],
    ['curly quotes and dashes', '“It’s up to them” – he said.', ['“It’s up to them” – he said.']],
    ['hyphen inside a line', 'A US-Russia summit - maybe.', ['A US-Russia summit - maybe.']],
    ['numbers inside a line', 'About 1,000 troops and 2.5 percent.', ['About 1,000 troops and 2.5 percent.']],
    ['editorial brackets', 'He wants [a] deal [soon].', ['He wants [a] deal [soon].']],
  ])('plain: %s', (_name, body, expected) => {
    expect(plainParagraphs(body)).toEqual(expected);
    expect(parseParagraphs(body)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['emphasis', 'Two *three*.'],
    ['link', 'See [the plan](https://example.com).'],
    ['relative link', 'See [the plan](plan).'],
    ['footnote call', 'A claim.[^1]'],
    ['definition at a line start', 'See [x].\n\n[x]: /plan'],
    ['bare address', 'See https://example.com now.'],
    ['www address', 'See www.example.com now.'],
    ['e-mail', 'Write to desk@example.com.'],
    ['entity', 'Trump &amp; Putin'],
    ['html', 'A <b>bold</b> move.'],
    ['heading', '# Title'],
    ['list', 'Intro.\n- one\n- two'],
    ['ordered list', '1. one'],
    ['setext underline', 'Title\n====='],
    ['table delimiter row without pipes', 'Word.\n:-'],
    ['indented code', '    code'],
    ['tab', 'a\tb'],
    ['carriage return', 'One.\r\n\r\nTwo.'],
    ['byte order mark', '\uFEFF+'],
    ['escape', 'a\\*b'],
  ])('needs the parser: %s', (_name, body) => {
    expect(plainParagraphs(body)).toBeNull();
  });

  it('agrees with the Markdown parser on every random body it accepts', () => {
    const random = seeded(7);
    const atoms = [
      'Word',
      'a',
      ' ',
      '    ',
      '\n',
      '\n\n',
      '\n \n',
      '\u00a0',
      '-',
      '+',
      '=',
      ':',
      '1.',
      '2)',
      '.',
      ',',
      '"',
      '’',
      '(',
      ')',
      '$',
      '%',
      '/',
      '?',
      '—',
      'http',
      'www',
      '@',
      '*',
      '_',
      '#',
      '>',
      '<',
      '[',
      ']',
      '!',
      '&',
      '\\',
      '`',
      '~',
      '|',
      '\t',
      '\r',
      '\uFEFF',
      '\u200b',
      '12',
      '3.5',
      '^',
      '](',
      '[^',
      '\n[x]: /u',
      '[x]',
      'x]',
      '(u)',
    ];
    let accepted = 0;
    for (let i = 0; i < 20_000; i += 1) {
      let body = '';
      for (let j = 1 + Math.floor(random() * 16); j > 0; j -= 1) body += atoms[Math.floor(random() * atoms.length)];
      const plain = plainParagraphs(body);
      if (plain === null) continue;
      accepted += 1;
      expect(plain, JSON.stringify(body)).toEqual(parseParagraphs(body));
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
