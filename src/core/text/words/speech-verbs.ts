/**
 * Verbs of saying that follow a quotation (`"Why now?" Trump asked.`).
 * The common attribution verbs of wire copy (Reuters and AP style guides favour `said`).
 */
export const speechVerbs: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'replied', 'replies',
  'answered', 'responded', 'insisted', 'warned', 'noted', 'stated', 'declared', 'wrote',
  'writes', 'posted', 'tweeted', 'shouted', 'exclaimed', 'continued', 'explained', 'quipped',
  'recalled', 'conceded', 'acknowledged', 'argued', 'claimed', 'demanded', 'urged', 'cried',
];
