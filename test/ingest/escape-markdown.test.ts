import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/escape-markdown.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** What a reader of the rendered Markdown sees, and whether it is still one plain paragraph. */
function readBack(markdown: string): { text: string; kinds: string[] } {
  const tree = parser.parse(markdown);
  return { text: toString(tree), kinds: tree.children.map((node) => node.type) };
}

describe('escapeMarkdown', () => {
  it('leaves ordinary reporting untouched', () => {
    const line = 'Trump said: "I\'m more interested in [an] immediate peace deal" — 1.2 million casualties, 28-point plan.';
    expect(escapeMarkdown(line)).toBe(line);
  });

  it.each([
    ['# not a heading'],
    ['## Two'],
    ['> not a quote'],
    ['- not a list'],
    ['+ not a list'],
    ['* not a list'],
    ['1. The first point is territory.'],
    ['2025. It was the year talks began.'],
    ['19) Nineteen points'],
    ['---'],
    ['***'],
    ['___'],
    ['==='],
    ['| a | b |'],
    ['```'],
    ['~~~'],
    ['Casualty figures <published by both sides> could not be verified.'],
    ['<script>alert(1)</script>'],
    ['<!-- a comment -->'],
    ['Autolink <https://example.com> here'],
    ['Peskov spoke of "leaks" &amp; speculation &#39; &copy;'],
    ['A *starred* and _underlined_ word, and snake_case_name'],
    ['Between 5*3*2 and 2 * 3'],
    ['Code `like this`'],
    ['~~struck~~ and ~one~'],
    ['A backslash \\ and an escape \\* kept'],
    ['A trailing backslash\\'],
    ['[link text](https://example.com)'],
    ['[ref]: https://example.com'],
    ['![image](picture.png)'],
    ['[a] [b][c] text'],
  ])('%j reads back as the same single paragraph', (line) => {
    const back = readBack(escapeMarkdown(line));
    expect(back.text).toBe(line);
    expect(back.kinds).toEqual(['paragraph']);
  });

  it('really changes text that would otherwise be read as Markdown', () => {
    expect(readBack('# heading').kinds).toEqual(['heading']);
    expect(escapeMarkdown('# heading')).not.toBe('# heading');
    const inline = (markdown: string) => JSON.stringify(parser.parse(markdown)).includes('"type":"html"');
    expect(inline('a <b>c</b>')).toBe(true);
    expect(inline(escapeMarkdown('a <b>c</b>'))).toBe(false);
  });

  it.each([['#hashtag stays'], ['-5 degrees in Kyiv'], ['+380 is the code'], ['3.5 million people'], ['(AP) style']])(
    'does not escape what Markdown reads as text anyway: %j',
    (line) => {
      expect(escapeMarkdown(line)).toBe(line);
    },
  );
});
