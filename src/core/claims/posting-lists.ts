/**
 * The inverted index behind candidate generation: strings numbered by first appearance with
 * their sentence counts, flat posting lists with offsets, and the bottom-k sketch of rare tokens
 * each sentence is indexed under.
 */

/** Numbers every distinct string (counting the sentences it is in) and returns each sentence's sorted id list. */
export function encode(lists: readonly (readonly string[])[], ids: Map<string, number>, counts: number[]): Int32Array[] {
  return lists.map((list) => {
    const doc = new Int32Array(list.length);
    list.forEach((item, i) => {
      let id = ids.get(item);
      if (id === undefined) {
        id = counts.length;
        ids.set(item, id);
        counts.push(0);
      }
      counts[id]! += 1;
      doc[i] = id;
    });
    return doc.sort();
  });
}

/** Sentence lists per id, flat with offsets; each sentence is listed under its own entries only. */
export function buildIndex(entries: readonly Int32Array[], ids: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(ids + 1);
  for (const entry of entries) for (const id of entry) start[id + 1]! += 1;
  for (let id = 0; id < ids; id++) start[id + 1]! += start[id]!;
  const list = new Int32Array(start[ids]!);
  const fill = start.slice(0, ids);
  entries.forEach((entry, s) => {
    for (const id of entry) list[fill[id]!++] = s;
  });
  return { start, list };
}

/**
 * The tokens a sentence is indexed and probed under: its `size` rarest tokens that at least one
 * other sentence shares and that are not too common (fewest sentences first, then by id). Two
 * reports of the same thing share their rare words (names, numbers, unusual verbs), so
 * this bottom-k sketch finds them while common words never fill a posting list.
 */
export function rarestOf(doc: Int32Array, counts: readonly number[], maxPostings: number, size: number): number[] {
  const chosen: number[] = [];
  const rarer = (x: number, y: number): boolean => counts[x]! < counts[y]! || (counts[x] === counts[y] && x < y);
  for (const id of doc) {
    if (counts[id]! < 2 || counts[id]! > maxPostings) continue;
    let at = chosen.length;
    while (at > 0 && rarer(id, chosen[at - 1]!)) at--;
    if (at < size) chosen.splice(at, 0, id);
    if (chosen.length > size) chosen.pop();
  }
  return chosen;
}
