/**
 * The index of the first item of `items` for which `before` is false, where `before` holds for a leading run of the
 * items and fails for the rest (items in text order, asked "does this one end before the offset?"); `items.length`
 * when it holds for all. A binary search: the stages find words, tokens, quoted ranges and names by offset with it.
 */
export function partitionPoint<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
