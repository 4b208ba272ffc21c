/**
 * Words that tie an undated sentence to the time of the happening just told: "Before that, ...",
 * "Just before the talks began", "Earlier, speaking from Air Force One ...", "The plan came as
 * negotiators met". From grammars of temporal discourse (sequence and simultaneity connectives,
 * Quirk et al., "A Comprehensive Grammar of the English Language", 8.79-8.86) and wire copy.
 */

/** Connectives that count only when they open the sentence. */
export const openingConnectives: readonly string[] = ['earlier', 'later', 'then', 'afterwards', 'afterward'];

/** Connectives that count anywhere in the sentence. */
export const connectives: readonly string[] = [
  'before that',
  'after that',
  'prior to that',
  'following that',
  'before this',
  'after this',
  'just before',
  'just after',
  'shortly before',
  'shortly after',
  'soon after',
  'moments before',
  'moments after',
  'moments later',
  'minutes before',
  'minutes after',
  'minutes later',
  'hours before',
  'hours after',
  'hours later',
  'hours earlier',
  'later that day',
  'earlier that day',
  'earlier in the day',
  'later in the day',
  'the same day',
  'that same day',
  'on the same day',
  'came as',
  'comes as',
  'at the same time',
  'on the sidelines of',
  'that day',
  'that evening',
  'that night',
  'that morning',
  'that afternoon',
];

/** Prepositions that tie the sentence to the time of the happening they name ("after the talks", "ahead of the announcement"). */
export const happeningPrepositions: readonly string[] = [
  'ahead of',
  'after',
  'before',
  'during',
  'following',
  'upon',
  'at the end of',
  'at the start of',
  'at the close of',
];

/**
 * Participles that open a sentence about speaking at the time just told ("Speaking to reporters in
 * Berlin, ...", "Addressing parliament, ..."), when a place or audience follows.
 */
export const speakingParticiples: readonly string[] = ['speaking', 'addressing', 'talking', 'writing', 'posting'];

/** Gerunds of happenings after one of the prepositions ("after meeting Trump", "before talking to"). */
export const happeningGerunds: readonly string[] = [
  'meeting',
  'talking',
  'speaking',
  'visiting',
  'arriving',
  'landing',
  'returning',
  'holding',
  'hosting',
];
