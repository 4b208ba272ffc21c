import { describe, expect, it } from 'vitest';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.ts';
import { buildParsedArticle } from '../participants/build-parsed-article.ts';
import { loadRegistry } from '../participants/load-registry.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { growthOf } from '../../helpers/count-work.ts';

const registry = loadRegistry();

/** Quotes of one article made of the given paragraphs, as `[text, speaker]`. */
function quotesOf(...paragraphs: string[]): Array<[string, string | null]> {
  const articles = [buildParsedArticle('a', paragraphs)];
  const { participants, mentions } = resolveParticipants(readArticles(articles), registry);
  return extractQuotes(readArticles(articles), mentions, participants).map((quote) => [quote.text, quote.speaker]);
}

describe('extractQuotes: public surface', () => {
  it('returns quotes with ids, sentences, text without marks, speaker and rule', () => {
    const articles = [
      buildParsedArticle('wire', ['Peace is close, officials said.', '“We’re hopeful. We want there to be peace,” Rubio added.']),
    ];
    const { participants, mentions } = resolveParticipants(readArticles(articles), registry);
    expect(extractQuotes(readArticles(articles), mentions, participants)).toEqual([
      {
        id: 'wire#q-1',
        sentence: 'wire#s-2',
        sentences: ['wire#s-2', 'wire#s-3'],
        text: 'We’re hopeful. We want there to be peace',
        speaker: 'marco-rubio',
        attribution: 'speaker-after',
      },
    ]);
  });
});

// Unseen wire copy: every quote, with the speaker the text gives (null when it gives none).
describe('extractQuotes: unseen coverage', () => {
  it.each<[string[], Array<[string, string | null]>]>([
    [['“We will not give up our land,” Zelenskiy said.'], [['We will not give up our land', 'volodymyr-zelensky']]],
    [['Peskov told reporters: “There is no date yet.”'], [['There is no date yet.', 'dmitry-peskov']]],
    [['“The plan is a good basis,” said Russian envoy Kirill Dmitriev.'], [['The plan is a good basis', 'kirill-dmitriev']]],
    [
      ['“It was a constructive day,” Ukraine’s chief negotiator Rustem Umerov told reporters in Geneva.'],
      [['It was a constructive day', 'rustem-umerov']],
    ],
    [
      ['Kremlin spokesman Dmitry Peskov said the talks were "useful" but "not decisive".'],
      [
        ['useful', 'dmitry-peskov'],
        ['not decisive', 'dmitry-peskov'],
      ],
    ],
    [
      ['Zelensky: “Ukraine will never recognise the occupation.”'],
      [['Ukraine will never recognise the occupation.', 'volodymyr-zelensky']],
    ],
    [['According to Lavrov, the proposal was “a step in the right direction”.'], [['a step in the right direction', 'sergei-lavrov']]],
    [['Lavrov met Rubio in Riyadh.', '“We had a frank talk,” he said.'], [['We had a frank talk', 'sergei-lavrov']]],
    [
      ['Kaja Kallas met Marco Rubio in Brussels.', '“Europe must be at the table,” she said.'],
      [['Europe must be at the table', 'kaja-kallas']],
    ],
    [
      ['Rubio thanked Kaja Kallas for the invitation.', '“Europe must be at the table,” he said.'],
      [['Europe must be at the table', 'marco-rubio']],
    ],
    [['A blue backdrop displayed the words “Pursuing Peace” during the talks.'], [['Pursuing Peace', null]]],
    [['“Nobody wants this war to go on,” a banner read.'], [['Nobody wants this war to go on', null]]],
    [['Asked whether he would “walk away”, Trump said he might.'], [['walk away', null]]],
    [
      ['Trump described Putin as a “smart guy”.', 'He warned of “severe consequences”.'],
      [
        ['smart guy', 'donald-trump'],
        ['severe consequences', 'donald-trump'],
      ],
    ],
    [['A Kremlin aide said the sides discussed “huge untapped potential” for trade.'], [['huge untapped potential', 'kremlin']]],
    [
      ['“Putin will lure you in,” Fiona Hill, who served on Trump’s security council, told the Telegraph. “He likes to flatter.”'],
      [
        ['Putin will lure you in', 'fiona-hill'],
        ['He likes to flatter.', 'fiona-hill'],
      ],
    ],
    [
      ['Macron said: “We need guarantees. Real ones.', '“Not promises on paper.”'],
      [
        ['We need guarantees. Real ones.', 'emmanuel-macron'],
        ['Not promises on paper.', 'emmanuel-macron'],
      ],
    ],
    [
      ['“The Americans said they want ‘peace through strength’,” Yermak said.'],
      [['The Americans said they want ‘peace through strength’', 'andriy-yermak']],
    ],
    [
      ['“President Trump confirmed this today,” Merz said.', '"And for me, this was an important clarification."'],
      [
        ['President Trump confirmed this today', 'friedrich-merz'],
        ['And for me, this was an important clarification.', 'friedrich-merz'],
      ],
    ],
    [
      [
        'Earlier, speaking from Air Force One, the US president said: “I want to see a ceasefire.”',
        'U.S. President Donald Trump landed later.',
      ],
      [['I want to see a ceasefire.', null]],
    ],
    [
      [
        'U.S. President Donald Trump flew to Alaska.',
        'Earlier, speaking from Air Force One, the US president said: “I want to see a ceasefire.”',
      ],
      [['I want to see a ceasefire.', 'donald-trump']],
    ],
    [['“Everything is on the table,” a senior Ukrainian official told CNN.'], [['Everything is on the table', null]]],
    [['“It’s ultimately up to them,” Witkoff said, adding that Kushner had agreed.'], [['It’s ultimately up to them', 'steve-witkoff']]],
    [['Speaking in English, Putin said they could meet “next time in Moscow”.'], [['next time in Moscow', 'vladimir-putin']]],
    [
      [
        'Trump said Kyiv must respond by Thursday.',
        'Secretary of State Marco Rubio, who led the U.S. delegation, told reporters the talks were "the most productive" so far. "I think we\'ve made tremendous progress," he said.',
      ],
      [
        ['the most productive', 'marco-rubio'],
        ["I think we've made tremendous progress", 'marco-rubio'],
      ],
    ],
    [['"We have heard nothing," Kremlin spokesman Dmitry Peskov told reporters in Moscow.'], [['We have heard nothing', 'dmitry-peskov']]],
    [['Polish Prime Minister Donald Tusk wrote on X: "Peace must be just."'], [['Peace must be just.', 'donald-tusk']]],
    [
      ['"They\'re very close," Trump told reporters aboard Air Force One. "We\'re going to get it done."'],
      [
        ["They're very close", 'donald-trump'],
        ["We're going to get it done.", 'donald-trump'],
      ],
    ],
    [
      [
        'Ukrainian President Volodymyr Zelensky said: "We face a difficult choice."',
        'US President Donald Trump told Fox News Radio that Thursday was "an appropriate" deadline.',
        'Asked what would happen if Zelensky rejected the plan, the president said: "He can fight."',
      ],
      [
        ['We face a difficult choice.', 'volodymyr-zelensky'],
        ['an appropriate', 'donald-trump'],
        ['He can fight.', 'donald-trump'],
      ],
    ],
    [
      ['Ukrainian President Volodymyr Zelensky met US President Donald Trump.', 'Later, the president said: "It went well."'],
      [['It went well.', null]],
    ],
    [['The Institute for the Study of War said Russia "will not stop".'], [['will not stop', null]]],
    [
      ['The European Union\'s foreign policy chief, Kaja Kallas, said: "Europe must be on board."'],
      [['Europe must be on board.', 'kaja-kallas']],
    ],
    [['Trump thanked Putin, saying they had a “very productive meeting”.'], [['very productive meeting', 'donald-trump']]],
    [
      ['On Wednesday, Trump threatened "severe consequences" if Putin does not agree, and he has warned of sanctions.'],
      [['severe consequences', 'donald-trump']],
    ],
    // An aside opened by a participle is not the speaker; a name after a title and a comma is.
    [['Rubio, standing next to Witkoff, said the talks were "productive".'], [['productive', 'marco-rubio']]],
    // Speech reported inside speech: the outer reporter's words, unless a new clause starts.
    [['Ushakov said Putin had told Trump that a new offensive would "change everything".'], [['change everything', 'yuri-ushakov']]],
    [['Peskov declined to comment, and Lavrov told reporters the plan was "a basis".'], [['a basis', 'sergei-lavrov']]],
    [['Hours after the call, Zelensky warned of a "dangerous" week.'], [['dangerous', 'volodymyr-zelensky']]],
    [['Its foreign minister, Radoslaw Sikorski, has called the plan "a capitulation".'], [['a capitulation', 'radoslaw-sikorski']]],
    // "she" for a given name ending in -a; "he" for a man's name that ends in -a too.
    [['Halyna Yanchenko, a Ukrainian lawmaker, met Driscoll.', '“We were heard,” she said.'], [['We were heard', 'halyna-yanchenko']]],
    [
      ['Mykola Tochytskyi, a deputy foreign minister, met Kaja Kallas.', '“It went well,” he said.'],
      [['It went well', 'mykola-tochytskyi']],
    ],
    // A vague office names the person just named with it; otherwise the body it belongs to speaks.
    [
      ['Kremlin aide Yuri Ushakov told reporters the talks were long.', 'The Kremlin aide added that "much work" remained.'],
      [['much work', 'yuri-ushakov']],
    ],
    [['A senior U.S. official briefed reporters.', 'The U.S. official said the plan was "alive".'], [['alive', 'united-states']]],
  ])('%j', (paragraphs, expected) => {
    expect(quotesOf(...paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: attribution rules', () => {
  it.each<[string[], string[]]>([
    [['“We’re hopeful,” Rubio added.'], ['speaker-after']],
    [['Rubio said that "to achieve peace, we must talk."'], ['speaker-before']],
    [['Rubio met Lavrov.', '“We talked,” he said.'], ['speaker-after-pronoun']],
    [['Zelenskiy called for a “just peace”.'], ['sentence-subject']],
    [['Zelensky: “No.”'], ['colon']],
    [
      ['Putin said: “Yes.', '“And no.”'],
      ['speaker-before', 'previous-paragraph'],
    ],
  ])('%j', (paragraphs, rules) => {
    const articles = [buildParsedArticle('r', paragraphs)];
    const { participants, mentions } = resolveParticipants(readArticles(articles), registry);
    expect(extractQuotes(readArticles(articles), mentions, participants).map((quote) => quote.attribution)).toEqual(rules);
  });
});

describe('extractQuotes: nasty inputs', () => {
  it.each<[string[], Array<[string, string | null]>]>([
    [['“'], []],
    [
      ['Merz said there would be robust guarantees. "', '"President Trump is on board," he told reporters.'],
      [['President Trump is on board', 'friedrich-merz']],
    ],
    [
      ['“He wants the war to end. We’ll know tomorrow, as the president said, whether it is possible,” he said.'],
      [['He wants the war to end. We’ll know tomorrow, as the president said, whether it is possible', null]],
    ],
    [['“Yes,” he said.'], [['Yes', null]]],
    [['“Yes,” she said.'], [['Yes', null]]],
    [['Trump met Putin.', '“Yes,” she said.'], [['Yes', null]]],
    [['“”'], []],
  ])('%j', (paragraphs, expected) => {
    expect(quotesOf(...paragraphs)).toEqual(expected);
  });

  it('does the same work per quote on a long article full of quotes', async () => {
    const make = (length: number) => {
      const paragraphs = Array.from({ length }, (_, k) =>
        k % 3 === 0 ? 'Ukrainian President Volodymyr Zelenskiy met Trump. “We talked,” he said.' : '“And we will talk again.”',
      );
      const readings = readArticles([buildParsedArticle('long', paragraphs)]);
      return { readings, ...resolveParticipants(readings, registry) };
    };
    const { readings, participants, mentions } = make(1500);
    const quotes = extractQuotes(readings, mentions, participants);
    expect(quotes).toHaveLength(1500);
    expect(quotes.every((quote) => quote.speaker === 'volodymyr-zelensky')).toBe(true);
    expect(await growthOf(make, (input) => extractQuotes(input.readings, input.mentions, input.participants), 750)).toBeLessThanOrEqual(
      2.2,
    );
  });

  it('keeps article order and numbers quotes per article', () => {
    const articles = [
      buildParsedArticle('x', ['“One,” Trump said.', '“Two,” Putin said.']),
      buildParsedArticle('y', ['“Three,” Zelensky said.']),
    ];
    const { participants, mentions } = resolveParticipants(readArticles(articles), registry);
    expect(extractQuotes(readArticles(articles), mentions, participants).map((quote) => quote.id)).toEqual(['x#q-1', 'x#q-2', 'y#q-1']);
  });
});
