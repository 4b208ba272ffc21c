/**
 * Words that help editors and mean nothing to a reader: how topics are matched (cues, scores, thresholds,
 * weights, rule names), the register of participants, file paths and commands. No public page may show them;
 * the editors' page (`/editors/`) and the build report are where they belong. Each entry says why it is
 * editors' vocabulary. Article text is left out before checking (it is marked `dir="auto"`): an article may
 * well say "register" or "score".
 */
export const EDITOR_VOCABULARY: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bcues?\b/i, why: 'cues are how the editors match sentences to topics' },
  { pattern: /\bscores?\s*\d|\(score\b/i, why: 'a topic score is a number only an editor can read' },
  { pattern: /\bthresholds?\b/i, why: 'the score a topic needs is an editor setting' },
  { pattern: /\bweight(?:ed|s)?\b/i, why: 'cue weights are an editor setting' },
  {
    pattern: /\b(?:cue-score|carry-on-topic|inherit-from-previous|continue-document|refer-to-document|continue-quotation)\b/,
    why: 'rule names of the analysis',
  },
  { pattern: /\bwhy here\b/i, why: 'the cues that filed a sentence are for editors' },
  { pattern: /\b(?:adds|corroborates|confirms|with) 0\b/i, why: 'a zero count ("corroborates 0") says nothing' },
  {
    pattern: /\bun-?registered\b|\bnot (?:yet )?registered\b|\bregistry\b|\bregister\b/i,
    why: 'the participant register is the editors’ list',
  },
  { pattern: /\bdiscovered\b/i, why: 'how the analysis found a person is for editors' },
  { pattern: /\.(?:ya?ml|mdx?)\b|\bsrc\/|\bfront matter\b/i, why: 'file names and paths are for editors' },
  { pattern: /\bnpm\b|\bnpx\b/, why: 'commands are for editors' },
  { pattern: /\bsourceKey\b|\bsentence id\b|\bassignments?\b/, why: 'field names of the data model' },
  { pattern: /\bEditors:/, why: 'instructions addressed to editors' },
];

/** The editors' vocabulary found in a text, one line per kind, with a little context. */
export function editorWordsIn(text: string): string[] {
  return EDITOR_VOCABULARY.flatMap(({ pattern, why }) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ');
    return [`"${match[0]}" (${why}) in "…${around}…"`];
  });
}
