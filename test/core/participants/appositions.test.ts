import { describe, expect, it } from 'vitest';
import { readApposition, readRolePhrase, readTitleBeforeComma } from '../../../src/core/participants/read-role-phrase.ts';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { buildParsedArticle } from './build-parsed-article.ts';
import { loadRegistry } from './load-registry.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';

const registry = loadRegistry();

/** The first sentence of a one-sentence article, ready for the readers. */
function viewOf(sentence: string) {
  return readArticles([buildParsedArticle('v', [sentence])])[0]!.sentences[0]!;
}

/** The people of an article made of the given paragraphs, as `[id, roles]`. */
function peopleIn(...paragraphs: string[]): Array<[string, string[]]> {
  const { participants } = resolveParticipants(readArticles([buildParsedArticle('a', paragraphs)]), registry);
  return participants
    .filter((p) => p.kind === 'person')
    .map((p): [string, string[]] => [p.id, p.roles])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('role phrases: public surface', () => {
  it('reads a role phrase with its office, complement and last token', () => {
    const view = viewOf('Rafael Grossi, the head of the atomic agency, said so.');
    expect(readRolePhrase(view, 2)).toEqual({ first: 3, last: 7, role: 'head of the atomic agency', head: 'head' });
    expect(readApposition(view, 1)).toMatchObject({ role: 'head of the atomic agency', head: 'head' });
  });

  it('reads a title set off before a name by a comma', () => {
    const view = viewOf("Russia's chief negotiator, Vladimir Medinsky, spoke.");
    expect(readTitleBeforeComma(view, 3)).toMatchObject({ role: "Russia's chief negotiator", head: 'chief negotiator' });
    expect(readTitleBeforeComma(viewOf('On Monday, Vladimir Medinsky spoke.'), 2)).toBeNull();
  });
});

// Wire-style sentences written for these tests: the unregistered person must be found whole, once, with the stated role.
describe('discovery: a full name with a role phrase, then the surname alone', () => {
  it.each<[string[], Array<[string, string[]]>]>([
    [
      [
        "Olena Kovalchuk, Ukraine's deputy foreign minister, said Kyiv would not accept any withdrawal.",
        'Kovalchuk told reporters the talks would go on.',
      ],
      [['olena-kovalchuk', ["Ukraine's deputy foreign minister"]]],
    ],
    [
      ['Kovalchuk told reporters the talks would go on.', "Olena Kovalchuk, Ukraine's deputy foreign minister, said so."],
      [['olena-kovalchuk', ["Ukraine's deputy foreign minister"]]],
    ],
    [
      ['Tatiana Stanovaya, a senior fellow at a Berlin think tank, said the Kremlin was in no hurry.'],
      [['tatiana-stanovaya', ['senior fellow at a Berlin think tank']]],
    ],
    [
      ['Anna Kelly, a spokesperson for the White House, said the plan was a living document.'],
      [['anna-kelly', ['spokesperson for the White House']]],
    ],
    [
      ['Rafael Grossi, head of the International Atomic Energy Agency, said the plant was stable.'],
      [['rafael-grossi', ['head of the International Atomic Energy Agency']]],
    ],
    [['Yaroslav Pryhara, an opposition lawmaker, said parliament had not seen the text.'], [['yaroslav-pryhara', ['opposition lawmaker']]]],
    [['Oleh Kovalenko, a Kyiv-based political analyst, said the timing was poor.'], [['oleh-kovalenko', ['Kyiv-based political analyst']]]],
    [
      ["Russia's chief negotiator, Vladimir Medinsky, told reporters the memorandum was ready."],
      [['vladimir-medinsky', ["Russia's chief negotiator"]]],
    ],
    [["Kyiv's mayor, Vitali Klitschko, said power was restored."], [['vitali-klitschko', ["Kyiv's mayor"]]]],
    [['Its prime minister, Bart De Wever, has called the loan "full of risks".'], [['bart-de-wever', ['prime minister']]]],
    [
      ['Umerov and the chief of the general staff, Andriy Hnatov, flew to Miami.'],
      [
        ['andriy-hnatov', ['chief of the general staff']],
        ['rustem-umerov', []],
      ],
    ],
    [['Ukrainian Army Gen. Mykhailo Drapatyi said the line was holding.'], [['mykhailo-drapatyi', ['Ukrainian Army Gen.']]]],
    [['French Foreign Minister Jean-Noël Barrot said Paris was ready.'], [['jean-noel-barrot', ['French Foreign Minister']]]],
    [['Danish Foreign Minister Lars Løkke Rasmussen warned against haste.'], [['lars-løkke-rasmussen', ['Danish Foreign Minister']]]],
    [['Jared Kushner, the US president’s son-in-law, joined the talks.'], [['jared-kushner', ['US president’s son-in-law']]]],
    [
      ['Rustem Umerov, secretary of the National Security and Defence Council, led the team.'],
      [['rustem-umerov', ['secretary of the National Security and Defence Council']]],
    ],
    [["Kaja Kallas, the EU's foreign policy chief, warned that any deal would fail."], [['kaja-kallas', ["EU's foreign policy chief"]]]],
    [
      ['Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, mocked the plan.'],
      [['maria-zakharova', ['spokeswoman for the Russian Foreign Ministry']]],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(peopleIn(...paragraphs)).toEqual(expected);
  });
});

describe('roles: only what the text states', () => {
  it.each<[string, Array<[string, string[]]>]>([
    // A relative clause is a role when its verb states one, not when it tells an act.
    [
      'Oleksandr Bevz, who heads the team of legal advisers, said the text was ready.',
      [['oleksandr-bevz', ['heads the team of legal advisers']]],
    ],
    [
      'Trump, who spoke by phone with Putin on Monday, said the talks went well.',
      [
        ['donald-trump', []],
        ['vladimir-putin', []],
      ],
    ],
    // A title of the next person is no apposition of the previous one.
    [
      'The leaders, including UK Prime Minister Keir Starmer, French President Emmanuel Macron and Merz, met.',
      [
        ['emmanuel-macron', ['French President']],
        ['friedrich-merz', []],
        ['keir-starmer', ['UK Prime Minister']],
      ],
    ],
    [
      'Trump, speaking alongside Witkoff, said the talks went well.',
      [
        ['donald-trump', []],
        ['steve-witkoff', []],
      ],
    ],
    [
      'Witkoff, Kushner and Driscoll, the Army secretary, met Umerov.',
      [
        ['dan-driscoll', ['Army secretary']],
        ['jared-kushner', []],
        ['rustem-umerov', []],
        ['steve-witkoff', []],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(peopleIn(sentence)).toEqual(expected);
  });
});

describe('discovery: nasty inputs', () => {
  it.each<[string]>([
    ['Chatham House, a London think tank, said the plan was flawed.'],
    ['Energoatom, the state nuclear operator, said the line was cut.'],
    ["Naftogaz, Ukraine's state energy company, said gas flowed."],
    ['Abu Dhabi, the capital of the United Arab Emirates, hosted the talks.'],
    ["Istanbul, Turkey's largest city, was also considered."],
    ['As president, Zelensky said he would not resign.'],
    ['In his statement, Putin said the talks were useful.'],
    ['Speaking of a summit with Putin, the US president said he was ready.'],
    ['Jedna Dwa, the head head head head head head head head, said nothing.'],
    [', the head of the delegation, said nothing.'],
  ])('%s', (sentence) => {
    // No person is discovered (countries the gazetteer knows may be found).
    const discovered = resolveParticipants(readArticles([buildParsedArticle('n', [sentence])]), registry).participants.filter(
      (p) => !p.registered && p.kind === 'person',
    );
    expect(discovered.map((p) => p.id)).toEqual([]);
  });
});
