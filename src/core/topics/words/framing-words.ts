/**
 * Words that open a phrase which only frames a sentence (time, circumstance), lowercase: "Ahead of the summit, Rubio
 * said ...", "... when he meets Putin", "... as part of a peace agreement". A cue inside such a phrase sets the scene
 * rather than saying what the sentence is about (adverbials of time and circumstance in the sense of Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, ch. 8). "Before", "after", "once" and "until" are left out:
 * they state an order of events, which a topic may be about ("no ceasefire before a deal"). "Under" an indefinite
 * text sets a hypothetical scene ("under a peace accord, trade could resume"), where "under the plan" reports what a
 * named text provides and is a cue of its own. Two more kinds of frame are here: a condition put as a hypothetical
 * event ("guarantees in the event of a peace deal", "if there is an agreement"; Quirk et al.'s conditional adjuncts,
 * ch. 15) and the source a report cites ("citing people briefed on the talks"), which says where the news comes
 * from, not what it is about.
 */
export const framingOpeners: readonly (readonly string[])[] = [
  ['in', 'any'],
  ['under', 'a'],
  ['under', 'an'],
  ['under', 'any'],
  ['as', 'part', 'of'],
  ['in', 'the', 'event', 'of'],
  ['in', 'case', 'of'],
  ['if', 'there', 'is'],
  ['if', 'there', 'were'],
  ['citing'],
];

/**
 * Openers of time and circumstance that frame a sentence only when the phrase is set off: at the sentence's start or
 * after a comma, dash or bracket ("Ahead of the summit, ...", "..., during which ..."). Run into the clause without a
 * break ("discussed guarantees during a meeting of advisers", "downplaying prospects of meetings") the phrase belongs
 * to what the clause reports, as an adjunct inside the predicate rather than a disjunct around it. A set-off clause
 * of "speaking" gives the occasion of a statement ("Speaking after the meeting, Macron said ..."), not its subject.
 */
export const setOffFramingOpeners: readonly (readonly string[])[] = [
  ['ahead', 'of'],
  ['following'],
  ['during'],
  ['since'],
  ['amid'],
  ['despite'],
  ['when'],
  ['while'],
  ['speaking'],
  ['on', 'the', 'sidelines', 'of'],
  ['in', 'the', 'run', 'up', 'to'],
];
