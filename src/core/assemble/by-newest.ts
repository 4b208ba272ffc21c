/** The order of articles in the model: newest first, then by slug. */

/** Newest first, then by slug: the order articles appear in everywhere. */
export function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
