/**
 * Words that name a format of talks or someone's exclusion from them, used to group the participants
 * topic's sentences into "formats and meetings" and "who is left out". From the vocabulary of summit coverage
 * (Reuters and AP usage: one-on-one, three-way, trilateral, bilateral, delegation, call).
 */
export const FORMAT_TERMS: readonly string[] = [
  'summit', 'one-on-one', 'three-on-three', 'three-way', 'trilateral', 'bilateral', 'delegation', 'phone call', 'call',
  'video call', 'meeting', 'talks', 'envoy', 'negotiators', 'face-to-face', 'round of talks', 'format', 'coalition of the willing',
];

export const EXCLUSION_TERMS: readonly string[] = [
  'without', 'excluded', 'exclusion', 'left out', 'not invited', 'sidelined', 'absent', 'not at the table', 'behind their backs',
];
