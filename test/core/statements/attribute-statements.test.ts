import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model.ts';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { attributeStatements } from '../../../src/core/statements/attribute-statements.ts';
import { readClauseHolders } from '../../../src/core/statements/read-clause-holders.ts';
import { buildParsedArticle } from '../participants/build-parsed-article.ts';
import { loadRegistry } from '../participants/load-registry.ts';

const registry = loadRegistry();

/** The statements of one article made of the given paragraphs, through the stages that come before. */
function statementsOf(...paragraphs: string[]): Statement[] {
  const readings = readArticles([buildParsedArticle('a', paragraphs)]);
  const { participants, mentions } = resolveParticipants(readings, registry);
  const holders = readClauseHolders(readings, mentions, participants);
  return attributeStatements(readings, holders, extractQuotes(readings, mentions, participants, holders));
}

/** Holders of each sentence, as `sentence: ids` lines, sentences without holders left out. */
function holdersOf(...paragraphs: string[]): string[] {
  const bySentence = new Map<string, string[]>();
  for (const statement of statementsOf(...paragraphs)) {
    bySentence.set(statement.sentence, [...(bySentence.get(statement.sentence) ?? []), statement.participant]);
  }
  return [...bySentence].map(([sentence, ids]) => `${sentence.slice(sentence.indexOf('#') + 1)}: ${ids.join(' ')}`);
}

describe('attributeStatements: public surface', () => {
  it('gives one statement per participant and sentence, with its kind and rule, quoted words first', () => {
    expect(statementsOf('“We are hopeful,” Rubio said.', 'Kyiv rejected the terms.')).toEqual([
      { participant: 'marco-rubio', sentence: 'a#s-1', kind: 'quote', rule: 'quote-speaker' },
      { participant: 'ukraine', sentence: 'a#s-2', kind: 'reported', rule: 'stance-subject' },
    ]);
  });

  it('leaves a quotation with no speaker out', () => {
    expect(statementsOf('“No deal until there is a deal.”')).toEqual([]);
  });
});

describe('who says what: the holder, never a name merely mentioned', () => {
  it.each<[string[], string[]]>([
    [['Rubio said Thursday that security guarantees for Ukraine were needed.'], ['s-1: marco-rubio']],
    [['Trump has said Russia and Ukraine would swap territories.'], ['s-1: donald-trump']],
    [["Fiona Hill, who served on Trump's security council, told the Telegraph it was risky."], ['s-1: fiona-hill']],
    [['The plan must change, said Dmitriev on Sunday.'], ['s-1: kirill-dmitriev']],
    [['The country faces a hard winter, says Zelensky about the new plan.'], ['s-1: volodymyr-zelensky']],
    // Inversion follows what was said: after a word, a verb before a name is its subject's, and the name its object.
    [['This was after Trump had asked Putin.'], ['s-1: donald-trump']],
    [['Talks will go on — said Dmitriev.'], ['s-1: kirill-dmitriev']],
    // A name after "said that" or "said it" is inside what was said, even where it closes the clause.
    [['Trump added that Jared Kushner, a familiar figure, may also join.'], ['s-1: donald-trump']],
    [['Russia has already said it will oppose any NATO forces in Ukraine.'], ['s-1: russia']],
    // A name after an adjective of a compound ("further US sanctions") is no subject: "sanctions" is the noun.
    [['The economy remains exposed to further US sanctions.'], []],
    [['New EU sanctions hit the banks.'], []],
    // An indirect question after a word of doubt says nobody has stated it; the next clause may.
    [['It remains unclear what guarantees the U.S. would provide.'], []],
    [['It is not clear whether Russia will accept the plan, but Ukraine rejected it.'], ['s-1: ukraine']],
    [['Trump said it was unclear when Putin would agree.'], ['s-1: donald-trump']],
    // So does one after a verb that asks ("asked whether"), or after a denied one ("neither ... clarified when").
    [['Kyiv asked whether Washington had approved the plan.'], ['s-1: ukraine']],
    [['Neither the envoy nor Moscow clarified when Trump had asked Putin.'], []],
    [['The Kremlin said when Putin met Trump, they agreed on a truce.'], ['s-1: kremlin']],
    [['Umerov told reporters the talks were constructive, and Rubio added that work remained.'], ['s-1: marco-rubio rustem-umerov']],
    [['Trump met Umerov in the Oval Office.'], []],
    [['Rubio flew to Geneva, where he met Umerov.'], []],
    // Coordinated subjects, and a time adjunct between subject and verb.
    [['Both Trump and Zelensky said they hoped the talks would go on.'], ['s-1: donald-trump volodymyr-zelensky']],
    [['Poland, Hungary and the United States opposed the loan.'], ['s-1: hungary poland united-states']],
    // Unnamed sources in a list of nationalities: each speaks.
    [['Russia and Ukraine met.', 'U.S., Ukrainian, and European officials reported progress.'], ['s-2: europe ukraine united-states']],
    [['Russia and Ukraine met.', 'Russian and Ukrainian officials said the talks went well.'], ['s-2: russia ukraine']],
    [['Merz and Macron on Friday urged allies to do more.'], ['s-1: emmanuel-macron friedrich-merz']],
    // Insertions set off by commas, one or two of them.
    [['Peskov, speaking to reporters in Moscow, said no date was set.'], ['s-1: dmitry-peskov']],
    [["Yermak, the head of Zelensky's office, who led the delegation, said progress was made."], ['s-1: andriy-yermak']],
    // Unnamed sources count for their side; a name after a preposition is no subject.
    [['Ukraine is studying the plan.', 'A senior Ukrainian official told reporters the text had changed.'], ['s-2: ukraine']],
    // A source noun may modify the one that heads an unnamed source.
    [['Ukraine is studying the plan.', 'A U.S. administration official said the text had changed.'], ['s-2: united-states']],
    [['Ukraine is studying the plan.', 'Officials in Kyiv said the draft was unacceptable.'], ['s-2: ukraine']],
    [['The deal for Russia needed more work.'], []],
    // Allies named by a place speak beside it, not for it; a demonym gives their side.
    [['Ukraine allies said the pledges were not enough.'], []],
    [['European allies said the pledges were not enough.'], ['s-1: europe']],
    // An opening concession is background to what the sentence asserts.
    [['While Trump vowed to end the war quickly, his efforts have stalled.'], []],
    [['Trump vowed to end the war quickly, while Peskov said Moscow would not budge.'], ['s-1: dmitry-peskov donald-trump']],
    [["Ukraine's allies say Trump is willing to back security guarantees."], []],
    [['European allies say Trump is willing to back security guarantees.'], ['s-1: europe']],
    // Nested reports: reporting verbs hold, wishes and plans inside reported speech do not.
    [['Rubio said Trump wants to meet Putin soon.'], ['s-1: marco-rubio']],
    [['Rubio assured allies during a Nov. 25 call that Trump plans to address the guarantees.'], ['s-1: marco-rubio']],
    [['Ukraine is studying the plan.', 'A Ukrainian official said Putin had approved the format.'], ['s-2: ukraine vladimir-putin']],
    // A participle, a gerund, "according to", a passive with its agent.
    [['Zelensky thanked the allies, saying the pledges mattered.'], ['s-1: volodymyr-zelensky']],
    [['Trump surprised Kyiv by announcing a new summit.'], ['s-1: donald-trump']],
    [['According to Lavrov, the talks are stalled.'], ['s-1: sergei-lavrov']],
    // A stance noun's source after "from", with what it says after "that"; without it, nothing.
    [['Ukraine met the US.', 'The talks resumed after signals from Kyiv that a deal was near.'], ['s-2: ukraine']],
    [['Ukraine met the US.', 'The talks resumed after signals from Kyiv.'], []],
    // ... or before it as a possessive, with its "that" clause after a few words.
    [['Ukraine met the US.', "The talks follow Trump's announcement on Tuesday that envoys would meet."], ['s-2: donald-trump']],
    [['Ukraine met the US.', "The talks follow Trump's announcement of new envoys."], []],
    // A participle after "with" and a name is that name's; with a comma between, it is the main clause's.
    [['The summit was shelved, with the Kremlin expressing its disappointment.'], ['s-1: kremlin']],
    [['Zelensky met with Putin, saying the talks went well.'], ['s-1: volodymyr-zelensky']],
    [['The meeting was confirmed on Wednesday by Ushakov.'], ['s-1: yuri-ushakov']],
    // An agent that is a list holds as a whole, "the" before its last member or not.
    [
      ['The loan was opposed by Poland, Hungary and the United States, but none of them blocked it.'],
      ['s-1: hungary poland united-states'],
    ],
    [['The plan was rejected by Russia and Ukraine on Monday.'], ['s-1: russia ukraine']],
    // A list denied as a whole states nothing.
    [['Neither Trump nor Putin said when they would meet.'], []],
    [['Trump met Putin.', 'Neither Trump nor the Kremlin commented on the talks.'], []],
    // A participle after its noun with an agent of many words is a passive too; "by" with no named agent is not one.
    [
      [
        'Kyiv will host the talks, a plan announced on Monday by Russian President Vladimir Putin’s senior foreign policy aide Yuri Ushakov.',
      ],
      ['s-1: yuri-ushakov'],
    ],
    [['Trump confirmed by phone that the talks would go on.'], ['s-1: donald-trump']],
    [['The plan was rejected.'], []],
    // A light verb with a stance noun states what the stance verb would; a passive, or another noun, does not.
    [['Merz and Macron on Friday renewed a call for more air defence.'], ['s-1: emmanuel-macron friedrich-merz']],
    [['Kyiv stepped up its calls for sanctions.'], ['s-1: ukraine']],
    [['A warning was issued on Friday.'], []],
    [['Zelensky made a visit to the front.'], []],
    // A participle that is never a past tense opens a clause about the noun before it; with "have" it is the verb.
    [['The draft went to Kyiv, a text that drew criticism for terms seen as favouring Moscow.'], []],
    [['Kyiv has seen the draft and rejected it.'], ['s-1: ukraine']],
    // A pronoun finds titled, coordinated names that opened the sentence before, past its dateline.
    [
      [
        'KYIV — Ukrainian President Volodymyr Zelensky and NATO Secretary-General Mark Rutte on Friday renewed a call for aid.',
        'Speaking in Kyiv, they urged allies to act.',
      ],
      ['s-1: mark-rutte volodymyr-zelensky', 's-2: mark-rutte volodymyr-zelensky'],
    ],
    // Pronouns resolve to an earlier subject, never to an object; "he said" to the last speaker.
    [['Trump spoke to Putin by phone.', 'He said the call went well.'], ['s-2: donald-trump']],
    [
      ['Putin will not meet Zelensky, Peskov said.', '“Nothing is planned,” he said.'],
      ['s-1: dmitry-peskov', 's-2: dmitry-peskov'],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(holdersOf(...paragraphs)).toEqual(expected);
  });
});

describe('who says what: nouns and names that look like verbs', () => {
  it.each<[string, string[]]>([
    ['Russia will oppose any NATO forces in Ukraine.', ['s-1: russia']],
    ["Trump's plan calls for a ceasefire.", ['s-1: donald-trump']],
    ['The plans call for a ceasefire.', []],
    ['The Kremlin plans a response.', ['s-1: kremlin']],
    ['European leaders say the offer stands.', ['s-1: europe']],
    ['U.S. air support was discussed.', []],
  ])('%s', (text, expected) => {
    expect(holdersOf(text)).toEqual(expected);
  });
});

describe('quotations take the speaker of the clause that holds them', () => {
  /** Speaker of each quotation of one paragraph. */
  function speakersOf(text: string): Array<string | null> {
    const readings = readArticles([buildParsedArticle('q', [text])]);
    const { participants, mentions } = resolveParticipants(readings, registry);
    return extractQuotes(readings, mentions, participants, readClauseHolders(readings, mentions, participants)).map(
      (quote) => quote.speaker,
    );
  }

  it.each<[string, Array<string | null>]>([
    // A closing attribution governs the sentence, over a speaker inside it.
    ['Trump asked Putin to pause strikes "for a week", the Kremlin said on Friday.', ['kremlin']],
    // ... also when a clause of its own follows it.
    ['Trump asked Putin to pause strikes "for a week", the Kremlin said on Friday, while hinting that it agreed.', ['kremlin']],
    ['Trump asked Putin to pause strikes "for a week", the Kremlin said on Friday, adding that it agreed.', ['kremlin']],
    // A speech verb in a later clause of its own is not an attribution of the whole sentence.
    ['Trump asked Putin to pause strikes "for a week", and the Kremlin said on Friday that it agreed.', ['donald-trump']],
    // The outermost reporter before the mark, not the one it reports.
    ['Ushakov said Putin had told Trump the talks would "seriously" suffer.', ['yuri-ushakov']],
    // A stance verb before the mark when no speech verb is there; a later clause's speaker is not it.
    ['Macron called the offer "serious and useful," while Merz stressed the cost.', ['emmanuel-macron']],
    // A reporting verb right after the closing mark, before its speaker.
    ['“We are ready,” reiterated Yermak.', ['andriy-yermak']],
    // A participle after adverbs still leans on the main clause.
    ['Trump avoided details, merely stating that Europe would be the “first line of defence”.', ['donald-trump']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
