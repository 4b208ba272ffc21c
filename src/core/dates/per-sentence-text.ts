/**
 * Caches what depends on a sentence's words alone. Wire copy repeats sentences word for word, and
 * the reading shares one token list among the copies of a text (`reading/read-articles.ts`), so a
 * result keyed by that list is worked out once per distinct text. Weak keys: nothing outlives the
 * analysis that read the tokens.
 */
import type { Token } from '../reading/tokenize.ts';

/** A function of a token list, computed once per list. */
export function perSentenceText<T>(compute: (tokens: readonly Token[]) => T): (tokens: readonly Token[]) => T {
  const seen = new WeakMap<readonly Token[], T>();
  return (tokens) => {
    if (seen.has(tokens)) return seen.get(tokens) as T;
    const result = compute(tokens);
    seen.set(tokens, result);
    return result;
  };
}

/** A memo of results keyed by a token list and a small key: `memo(tokens, key, compute)` computes once per list and key. */
export function perSentenceTextAnd<T>(): (tokens: readonly Token[], key: string, compute: () => T) => T {
  const seen = new WeakMap<readonly Token[], Map<string, T>>();
  return (tokens, key, compute) => {
    let byKey = seen.get(tokens);
    if (byKey === undefined) {
      byKey = new Map();
      seen.set(tokens, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as T;
    const result = compute();
    byKey.set(key, result);
    return result;
  };
}
