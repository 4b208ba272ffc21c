/**
 * Readings of a sentence or paragraph that more than one stage needs (word tokens, quotation spans):
 * made once and kept with the object read, in a WeakMap, so they go when the parsed article goes.
 * A reading must be a pure function of its object, and its value is shared: callers never change it.
 */
export function memoizeReading<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = read(key);
      memo.set(key, value);
    }
    return value;
  };
}
