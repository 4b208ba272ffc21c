/**
 * Words that open a sentence leaning on the one before it: personal and demonstrative pronouns, and the
 * connectives that continue an argument ("But", "However"). A card shows one sentence alone, so it prefers one
 * that opens otherwise. From the English closed classes of pronouns and conjunctive adverbs (any grammar's
 * list); written for this project.
 */
export const LEANING_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'its',
  'their',
  'him',
  'them',
  'this',
  'that',
  'these',
  'those',
  'such',
  'there',
  'here',
  'but',
  'and',
  'or',
  'nor',
  'so',
  'yet',
  'also',
  'however',
  'meanwhile',
  'still',
  'instead',
  'then',
  'thus',
  'moreover',
  'furthermore',
  'nevertheless',
  'otherwise',
  'besides',
  'likewise',
  'similarly',
  'therefore',
  'earlier',
  'later',
  'previously',
]);

/** Speech tags whose speaker is only a pronoun (`..., he said.`): the name is in an earlier sentence. */
export const PRONOUN_SPEAKER = /[,”"’']\s*(?:he|she|they|it)\s+(?:said|says|added|told|noted|warned|stressed|insisted|wrote)\b/i;
