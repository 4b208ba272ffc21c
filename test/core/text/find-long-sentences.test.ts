/**
 * findLongSentences reads a body again only when some block of it may hold a sentence past the word limit; the
 * bodies it skips so have none. Checked against reading every body in full: the project's fixtures, the
 * benchmark's worst cases, and generated bodies of words, tables, entities, tags and links around the limit.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worstCases } from '../../../scripts/bench/worst-cases.ts';
import { splitFrontMatter } from '../../../src/boundary/split-front-matter.ts';
import { extractParagraphs } from '../../../src/core/text/extract-paragraphs.ts';
import { findLongSentences, mayHoldLongSentence } from '../../../src/core/text/find-long-sentences.ts';
import { maxSentenceWords } from '../../../src/core/text/rules/split-long-sentences.ts';
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { sentenceRules } from '../../../src/core/text/rules.ts';
import { splitLongSentences } from '../../../src/core/text/rules/split-long-sentences.ts';

/** The longest sentence of a body, in words, reading every paragraph. */
function longest(body: string): number {
  const rules = sentenceRules.filter((rule) => rule.apply !== splitLongSentences);
  return Math.max(
    0,
    ...extractParagraphs(body).flatMap((text) =>
      splitSentences(text, rules).map((sentence) => sentence.split(/\s+/).filter(Boolean).length),
    ),
  );
}

/** Every Markdown file below `dir`. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

const root = resolve(import.meta.dirname, '../../..');

describe('mayHoldLongSentence', () => {
  const bodies = [
    ...markdownFiles(join(root, 'test', 'fixtures')).map(
      (file) => [file.slice(root.length + 1), splitFrontMatter(readFileSync(file, 'utf8')).body] as const,
    ),
    ...worstCases.map((worst) => [worst.name, worst.make(1)] as const),
  ];

  it.each(bodies)('says yes for every body with a long sentence (%s)', (_name, body) => {
    if (longest(body) > maxSentenceWords) expect(mayHoldLongSentence(body)).toBe(true);
    expect(findLongSentences({ body }).length > 0).toBe(longest(body) > maxSentenceWords);
  });

  it('says yes for every generated body with a long sentence', () => {
    const weighted = (weight: number) => (text: string) => ({ arbitrary: fc.constant(text), weight });
    const piece = fc.oneof(
      weighted(600)('word '),
      ...['. ', '\n\n'].map(weighted(1)),
      ...['word', '|a|b|', '&amp;', '&nbsp;', '<br>', '[link text](http://x.org/a b)', '**bold**', '\n', '`a b` ', '\\*', 'a&nbsp;b '].map(
        weighted(3),
      ),
    );
    let long = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 350, maxLength: 900 }), (pieces) => {
        const body = pieces.join('');
        if (longest(body) <= maxSentenceWords) return true;
        long += 1;
        return mayHoldLongSentence(body);
      }),
      { numRuns: 60 },
    );
    expect(long).toBeGreaterThan(5);
  });

  it.each([
    ['a short article', 'One sentence. Another one.\n\nA second paragraph.', false],
    ['one block of 401 words', Array.from({ length: 401 }, () => 'word').join(' '), true],
    ['400 words in two blocks', `${'word '.repeat(200)}\n\n${'word '.repeat(200)}`, false],
  ])('%s', (_name, body, expected) => {
    expect(mayHoldLongSentence(body)).toBe(expected);
  });
});
