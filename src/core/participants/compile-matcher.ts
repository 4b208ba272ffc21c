/**
 * A phrase matcher compiled once: a map from the folded first word to the phrases that start
 * with it, longest first, so matching a sentence costs one lookup per token.
 */
import { foldName } from '../reading/fold-name.ts';
import { onlySpaceBetween, type Token } from '../reading/tokenize.ts';

/** How a word of a phrase must be written in the text. */
type CaseRule = 'upper' | 'capital' | 'any';

/** A name or alias to look for, and what it stands for. */
export interface Phrase {
  /** Participant id. */
  target: string;
  /** The phrase as written in the registry or found in the text. */
  text: string;
}

interface CompiledPhrase extends Phrase {
  words: string[];
  cases: CaseRule[];
  /** Positions where the phrase itself is written possessive ("Russia's Foreign Ministry"). */
  possessive: boolean[];
}

/** A successful match: the phrase and the token range it covers. */
export interface PhraseMatch {
  phrase: Phrase;
  first: number;
  last: number;
}

/** Compiled phrases, keyed by their folded first word. */
export type Matcher = Map<string, CompiledPhrase[]>;

/** `NATO` must be written in capitals, `Kremlin` capitalised, `allies` in any case. */
function caseRuleOf(word: string): CaseRule {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(word) ? 'capital' : 'any';
}

function fits(token: Token, rule: CaseRule): boolean {
  if (rule === 'upper') return token.upper;
  if (rule === 'capital') return token.cap;
  return true;
}

/** Compiles phrases; a leading "the" is dropped (`the Kremlin` matches `Kremlin`). */
export function compileMatcher(phrases: Phrase[]): Matcher {
  const matcher: Matcher = new Map();
  for (const phrase of phrases) {
    const written = phrase.text
      .trim()
      .replace(/^the\s+/i, '')
      .split(/\s+/)
      .filter(Boolean);
    const first = written[0];
    if (first === undefined) continue;
    const compiled: CompiledPhrase = {
      ...phrase,
      words: written.map(foldName),
      cases: written.map(caseRuleOf),
      possessive: written.map((word) => /['’]s$/i.test(word)),
    };
    const key = foldName(first);
    const list = matcher.get(key) ?? [];
    if (!list.some((other) => other.target === compiled.target && other.words.join(' ') === compiled.words.join(' '))) list.push(compiled);
    matcher.set(key, list);
  }
  for (const list of matcher.values()) list.sort((a, b) => b.words.length - a.words.length || (a.text < b.text ? -1 : 1));
  return matcher;
}

/** The longest phrase that starts at token `index`, or null. Only the last word may be possessive, unless the phrase is written so. */
export function matchAt(matcher: Matcher, text: string, tokens: readonly Token[], index: number): PhraseMatch | null {
  const head = tokens[index];
  if (!head) return null;
  for (const phrase of matcher.get(head.norm) ?? []) {
    let ok = true;
    for (let k = 0; k < phrase.words.length && ok; k += 1) {
      const token = tokens[index + k];
      const rule = phrase.cases[k];
      ok = token !== undefined && rule !== undefined && token.norm === phrase.words[k] && fits(token, rule);
      if (ok && k > 0)
        ok =
          onlySpaceBetween(text, tokens[index + k - 1]!.end, token!.start) &&
          (!tokens[index + k - 1]!.possessive || phrase.possessive[k - 1] === true);
    }
    if (ok) return { phrase, first: index, last: index + phrase.words.length - 1 };
  }
  return null;
}
