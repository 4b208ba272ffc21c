/**
 * The attribution rules, in the order they are tried. Explicit attributions (a speech verb next
 * to the quote) come before inferred ones (the sentence's subject, continuation of the
 * previous quotation). The first rule that decides wins; when none does, the speaker is null.
 */
import type { AttributionRule } from './rule.ts';
import { attributeAccordingTo } from './rules/attribute-according-to.ts';
import { attributeClauseHolder } from './rules/attribute-clause-holder.ts';
import { attributeSentenceSubject } from './rules/attribute-sentence-subject.ts';
import { attributeSpeakerAfter } from './rules/attribute-speaker-after.ts';
import { attributeSpeakerBefore } from './rules/attribute-speaker-before.ts';
import { blockQuestionWording } from './rules/block-question-wording.ts';
import { continuePreviousParagraph } from './rules/continue-previous-paragraph.ts';
import { continueSameParagraph } from './rules/continue-same-paragraph.ts';

export const attributionRules: AttributionRule[] = [
  blockQuestionWording,
  attributeClauseHolder,
  attributeSpeakerAfter,
  attributeSpeakerBefore,
  attributeAccordingTo,
  attributeSentenceSubject,
  continueSameParagraph,
  continuePreviousParagraph,
];
