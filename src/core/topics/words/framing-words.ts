/**
 * Words that open a phrase which only frames a sentence (time, circumstance), lowercase: "Ahead of the summit, Rubio
 * said ...", "... when he meets Putin", "... as part of a peace agreement". A cue inside such a phrase sets the scene
 * rather than saying what the sentence is about (adverbials of time and circumstance in the sense of Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, ch. 8). "Before", "after", "once" and "until" are left out:
 * they state an order of events, which a topic may be about ("no ceasefire before a deal").
 */
export const framingOpeners: readonly (readonly string[])[] = [
  ['ahead', 'of'],
  ['following'],
  ['during'],
  ['since'],
  ['amid'],
  ['despite'],
  ['when'],
  ['while'],
  ['as', 'part', 'of'],
  ['in', 'any'],
  ['on', 'the', 'sidelines', 'of'],
  ['in', 'the', 'run', 'up', 'to'],
];
