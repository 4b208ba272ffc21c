import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/core/text/extract-paragraphs.ts';

describe('extractParagraphs', () => {
  it('returns the paragraph texts of a Markdown body', () => {
    expect(extractParagraphs('One.\n\nTwo *three*.')).toEqual(['One.', 'Two three.']);
  });

  it.each<[string, string, string[]]>([
    ['heading is its own paragraph', '## The plan\n\nText.', ['The plan', 'Text.']],
    ['link text kept, address dropped', 'See [the plan](https://example.com/plan).', ['See the plan.']],
    ['autolinks are only addresses', 'See <https://example.com> now.', ['See now.']],
    ['list items', '- first point\n- second point', ['first point', 'second point']],
    ['block quote paragraphs', '> quoted one\n>\n> quoted two', ['quoted one', 'quoted two']],
    ['table rows', '| plan | points |\n|---|---|\n| US | 28 |', ['plan | points', 'US | 28']],
    ['code blocks are dropped', 'Text.\n\n```\nconst x = 1;\n```', ['Text.']],
    ['image alt text is dropped', 'A photo ![Putin, Getty](x.jpg) here.', ['A photo here.']],
    ['hard break becomes a space', 'line one  \nline two', ['line one line two']],
    ['soft break becomes a space', 'line one\nline two', ['line one line two']],
    ['no-break spaces become spaces', 'Marco\u00a0Rubio\u202fsaid', ['Marco Rubio said']],
    ['curly quotes stay', '“It’s up to them,” he said.', ['“It’s up to them,” he said.']],
    ['entities decoded', 'Trump &amp; Putin', ['Trump & Putin']],
  ])('%s', (_name, markdown, expected) => {
    expect(extractParagraphs(markdown)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['html block', '<script>alert(1)</script>\n\nText.', ['Text.']],
    ['inline script and its content', 'Before <script>alert(1)</script> after.', ['Before after.']],
    ['inline style element', 'A <style>p{}</style>B', ['A B']],
    ['inline tags dropped, text kept', 'A <b>bold</b> move.', ['A bold move.']],
    ['iframe block', '<iframe src="x"></iframe>', []],
    ['empty body', '', []],
    ['only whitespace', ' \n\n\t\n', []],
  ])('nasty: %s', (_name, markdown, expected) => {
    const out = extractParagraphs(markdown);
    expect(out).toEqual(expected);
    expect(out.join(' ')).not.toMatch(/<|alert/);
  });
});
