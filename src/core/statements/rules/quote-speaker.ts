import type { StatementRule } from '../attribute-statements.ts';

/** Every sentence a quote spans is a statement of the quote's speaker. */
export const quoteSpeaker: StatementRule = {
  name: 'quote-speaker',
  apply: ({ quotes }) =>
    quotes.flatMap((quote) =>
      quote.speaker === null ? [] : quote.sentences.map((sentence) => ({ participant: quote.speaker as string, sentence, kind: 'quote' as const })),
    ),
};
