/**
 * Furniture that live pages append to the end of a real paragraph ("... in Ukraine. Catch all the
 * updates below"). Only the phrase is removed, the sentence before it stays. Matched case-insensitively
 * at the very end of a paragraph, with optional closing punctuation. Wording taken from live-coverage
 * pages of New Zealand, British and Australian news sites.
 */

/** What the report calls one of these phrases. */
export const FURNITURE_PHRASE_KIND = 'live-page prompt';

export const furniturePhrases: readonly string[] = [
  'Catch all the updates below',
  'Catch up on all the updates below',
  'Follow all the updates below',
  'Follow the latest updates below',
  'Follow live updates below',
  'Follow our live coverage below',
  'Scroll down for video',
  'Scroll down for live updates',
  'Watch the video above',
  'Watch the video below',
  'Read more below',
  'More to come',
];
