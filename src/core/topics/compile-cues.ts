/**
 * Compiles a topic's cue terms once into a word trie, so that matching a sentence costs one walk
 * per word position, whatever the number of cues. In a term, a word ending in `*` matches any
 * word that starts with it (`negotiat*`), a lone `*` matches any one word (`let * decide`),
 * `@name` matches one capitalised word inside the sentence (`met @name`: `met Umerov`) that is not part of a name
 * owning what follows (`received @name` does not take "received President Trump's plan"), and
 * `@number` one number in figures or words (`@number points`: `19 points`, `twenty points`).
 * A plain last word also matches its plural or third-person form (`meeting` matches `meetings`, `settlement`
 * `settlements`); other verb forms are written out or matched with `*`, since a noun cue's verb forms can mean
 * something else (`land` is not `landed`). A dotted abbreviation reads as in a sentence, with or without its last
 * full stop (`u.s plan` matches "U.S. plan").
 */
import type { TopicCue } from '../model.ts';
import { pluralOf } from '../reading/inflect-verb.ts';
import { tokenizeWords } from './topic-words.ts';

/** A child reached by a word prefix. */
export interface PrefixEdge {
  /** The prefix (`negotiat` for `negotiat*`); empty matches any word. */
  prefix: string;
  /** The child. */
  node: CueNode;
}

/** A node of the cue trie. */
export interface CueNode {
  /** Children by exact word. */
  exact: Map<string, CueNode>;
  /** Children by word prefix (`negotiat` for `negotiat*`); an empty prefix matches any word. */
  prefixes: PrefixEdge[];
  /**
   * `prefixes` by the first character a word needs to match them (an empty prefix is in every list),
   * in their order, so that a word is tested against a few prefixes instead of all of them.
   */
  prefixesByFirst: Map<string, PrefixEdge[]>;
  /** The prefixes that match a word whatever its first character (the empty ones). */
  anyPrefixes: PrefixEdge[];
  /** Child for any capitalised word (`@name`), or null. */
  name: CueNode | null;
  /** Child for any number (`@number`), or null. */
  number: CueNode | null;
  /** The cue that ends here, if any. */
  cue: TopicCue | null;
}

/** One step of a cue term. */
interface Step {
  /** How the step matches a word. */
  kind: 'exact' | 'prefix' | 'name' | 'number';
  /** The word or prefix (empty for `name`). */
  word: string;
}

function emptyNode(): CueNode {
  return { exact: new Map(), prefixes: [], prefixesByFirst: new Map(), anyPrefixes: [], name: null, number: null, cue: null };
}

/** Splits a cue term into trie steps, tokenising each word as sentences are tokenised. */
export function stepsOf(term: string): Step[] {
  return term
    .trim()
    .split(/\s+/u)
    .flatMap((part): Step[] => {
      if (part === '@name') return [{ kind: 'name', word: '' }];
      if (part === '@number') return [{ kind: 'number', word: '' }];
      const prefix = part.endsWith('*');
      const written = prefix ? part.slice(0, -1) : part;
      // A dotted abbreviation is written without its last full stop, as the words of a sentence read it (`u.s`).
      const words = tokenizeWords(/^(?:\p{L}\.)+\p{L}$/u.test(written) ? `${written}.` : written).map((token) => token.text);
      if (words.length === 0) return prefix ? [{ kind: 'prefix', word: '' }] : [];
      return words.map((word, i) => ({ kind: prefix && i === words.length - 1 ? 'prefix' : 'exact', word }));
    });
}

function child(node: CueNode, step: Step): CueNode {
  if (step.kind === 'name') return (node.name ??= emptyNode());
  if (step.kind === 'number') return (node.number ??= emptyNode());
  if (step.kind === 'prefix') {
    const found = node.prefixes.find((entry) => entry.prefix === step.word);
    if (found) return found.node;
    const made = emptyNode();
    node.prefixes.push({ prefix: step.word, node: made });
    return made;
  }
  let next = node.exact.get(step.word);
  if (!next) {
    next = emptyNode();
    node.exact.set(step.word, next);
  }
  return next;
}

/** Fills `prefixesByFirst` and `anyPrefixes` of a node and everything under it. */
function indexPrefixes(node: CueNode): void {
  node.anyPrefixes = node.prefixes.filter((edge) => edge.prefix === '');
  node.prefixesByFirst = new Map();
  for (const edge of node.prefixes) {
    const first = edge.prefix[0];
    if (first !== undefined && !node.prefixesByFirst.has(first)) {
      node.prefixesByFirst.set(
        first,
        node.prefixes.filter((other) => other.prefix === '' || other.prefix[0] === first),
      );
    }
  }
  for (const next of node.exact.values()) indexPrefixes(next);
  for (const edge of node.prefixes) indexPrefixes(edge.node);
  if (node.name) indexPrefixes(node.name);
  if (node.number) indexPrefixes(node.number);
}

/** The step lists a term stands for: as written, and with its last plain word in the plural. */
function variantsOf(term: string): Step[][] {
  const steps = stepsOf(term);
  const last = steps[steps.length - 1];
  if (!last || last.kind !== 'exact' || !/^\p{Ll}{3,}$/u.test(last.word) || last.word.endsWith('s')) return [steps];
  return [steps, [...steps.slice(0, -1), { kind: 'exact', word: pluralOf(last.word) }]];
}

/** Builds the trie of a topic's cues. A term listed twice keeps its first weight; a written form beats an inflected one. */
export function compileCues(cues: readonly TopicCue[]): CueNode {
  const root = emptyNode();
  for (const cue of cues) {
    const node = stepsOf(cue.term).reduce(child, root);
    if (node !== root && node.cue === null) node.cue = cue;
  }
  for (const cue of cues) {
    for (const steps of variantsOf(cue.term).slice(1)) {
      const node = steps.reduce(child, root);
      if (node !== root && node.cue === null) node.cue = cue;
    }
  }
  indexPrefixes(root);
  return root;
}
