/**
 * Words that may open a sentence before its subject without an introductory comma ("But Trump said", "Meanwhile
 * the Kremlin warned"), lowercase: coordinating conjunctions and sentence adverbs of news copy.
 */
export const leadingWords: readonly string[] = ['but', 'and', 'so', 'yet', 'still', 'then', 'meanwhile', 'however', 'also', 'now', 'both'];
