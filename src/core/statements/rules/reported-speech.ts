/**
 * Reported speech: "Rubio said Thursday that ...", "Zelensky told reporters ...", "..., said Kirill Dmitriev".
 * The speaker is the participant named right before the speech verb (within a few words, allowing an
 * apposition such as "Rubio, the secretary of state, said") or right after it ("said Dmitriev").
 */
import type { StatementRule } from '../attribute-statements.ts';
import { SPEECH_VERBS } from '../words/speech-verbs.ts';

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'g');
/** Most words that may stand between the speaker's name and the verb ("Trump has also", "Putin, who ..., "). */
const MAX_GAP_WORDS = 4;
const MAX_AFTER_CHARACTERS = 3;

function wordsBetween(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export const reportedSpeech: StatementRule = {
  name: 'reported-speech',
  apply: ({ articles, mentionsBySentence, participants }) =>
    articles.flatMap((article) =>
      article.sentences.flatMap((sentence) => {
        const mentions = (mentionsBySentence.get(sentence.id) ?? []).filter((mention) => participants.has(mention.participant));
        if (mentions.length === 0) return [];
        const speakers = new Set<string>();
        for (const verb of sentence.text.matchAll(VERB)) {
          const at = verb.index;
          // Nearest name first: "Fiona Hill, who served on Trump's council, told" is Hill, past the nearer Trump.
          const before = mentions
            .filter((mention) => mention.end <= at)
            .reverse()
            .find((mention) => wordsBetween(sentence.text.slice(mention.end, at).replace(/,[^,]*,/, ' ')) <= MAX_GAP_WORDS);
          const after = mentions.find((mention) => mention.start >= at + verb[0].length);
          if (before) speakers.add(before.participant);
          else if (after && after.start - (at + verb[0].length) <= MAX_AFTER_CHARACTERS) speakers.add(after.participant);
        }
        return [...speakers].map((participant) => ({ participant, sentence: sentence.id, kind: 'reported' as const }));
      }),
    ),
};
