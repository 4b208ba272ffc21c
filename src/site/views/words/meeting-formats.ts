/**
 * Words that name a format of talks or someone's exclusion from them, used to group the sentences of the topic
 * about who takes part into "formats and meetings" and "who is left out". Generic words of news coverage of
 * negotiations (Reuters and AP usage: one-on-one, three-way, trilateral, bilateral, delegation, call); a story's
 * own formats are editorial data, the `formats` of that topic's front matter.
 */
export const FORMAT_TERMS: readonly string[] = [
  'summit',
  'one-on-one',
  'three-on-three',
  'three-way',
  'trilateral',
  'bilateral',
  'delegation',
  'phone call',
  'call',
  'video call',
  'meeting',
  'talks',
  'envoy',
  'negotiators',
  'face-to-face',
  'round of talks',
  'format',
];

export const EXCLUSION_TERMS: readonly string[] = [
  'without',
  'excluded',
  'exclusion',
  'left out',
  'not invited',
  'sidelined',
  'absent',
  'not at the table',
  'behind their backs',
];
