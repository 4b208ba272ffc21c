/**
 * A definite general noun for a text ("the plan", "the draft", "this document", "the framework") points back to the
 * text the article last named (Halliday & Hasan's general nouns): once an article has named "a 28-point peace plan"
 * under a topic, a later sentence about "the draft" or "the document" is about that topic too, even without its cues.
 * Only a determiner that refers back counts ("the", "this", "that"), never "a", "any" or a possessive ("their deal" may
 * be a new one). A noun the article named before points to the topics it was named under; another noun for a text
 * ("the document", "the proposal", "the draft") points to the text named last, unless it is too narrow for that.
 */
import type { TopicAssignment } from '../../model.ts';
import { documentNouns } from '../words/back-references.ts';
import type { SentenceContext } from '../rule.ts';

const documents = new Set(documentNouns);
const determiners = new Set(['the', 'this', 'that', 'these', 'those']);
/** Nouns too narrow to stand for a text the article named with another noun ("the offer" is not the plan). */
const narrow = new Set(['offer', 'statement', 'declaration', 'memorandum']);

/** The topics a back-referring document noun in the sentence points to, most recent naming first. */
export function referToDocument(context: SentenceContext): TopicAssignment[] {
  const { words, memory, assigned } = context;
  const topics = new Set<string>();
  for (let k = 1; k < words.length; k += 1) {
    const noun = words[k]!.base;
    if (!documents.has(noun)) continue;
    // "the plan", "the revised draft": a referring word within two words before the noun.
    const refers = [words[k - 1], words[k - 2]].some((word) => word !== undefined && determiners.has(word.text));
    if (!refers) continue;
    for (const topic of memory.documents.get(noun) ?? (narrow.has(noun) ? [] : memory.lastDocumentTopics)) topics.add(topic);
  }
  return [...topics]
    .filter((topic) => !assigned.some((own) => own.topic === topic))
    .map((topic) => ({ topic, cues: [], rule: 'refer-to-document', score: 0 }));
}
