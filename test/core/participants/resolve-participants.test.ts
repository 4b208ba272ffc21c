import { describe, expect, it } from 'vitest';
import { resolveParticipants } from '../../../src/core/participants/resolve-participants.ts';
import { buildParsedArticle } from './build-parsed-article.ts';
import { loadRegistry } from './load-registry.ts';
import { readArticles } from '../../../src/core/reading/read-articles.ts';
import { growthOf } from '../../helpers/count-work.ts';

const registry = loadRegistry();

/** Ids of every participant mentioned in one article made of the given paragraphs. */
function idsIn(...paragraphs: string[]): string[] {
  const { participants } = resolveParticipants(readArticles([buildParsedArticle('a', paragraphs)]), registry);
  return participants.map((participant) => participant.id).sort();
}

describe('resolveParticipants: public surface', () => {
  it('returns participants and mentions with ids, rules and offsets into the sentence', () => {
    const article = buildParsedArticle('wire', ['U.S. Secretary of State Marco Rubio said talks would resume.']);
    const { participants, mentions } = resolveParticipants(readArticles([article]), registry);
    const rubio = participants.find((participant) => participant.id === 'marco-rubio');
    expect(rubio).toMatchObject({
      name: 'Marco Rubio',
      kind: 'person',
      affiliation: 'United States',
      registered: true,
      mentions: ['wire#s-1'],
    });
    expect(rubio?.roles).toEqual(['U.S. Secretary of State']);
    expect(rubio?.roleSources).toEqual([{ role: 'U.S. Secretary of State', sentence: 'wire#s-1' }]);
    const mention = mentions.find((m) => m.participant === 'marco-rubio')!;
    expect(article.sentences[0]!.text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(mention).toMatchObject({ surface: 'U.S. Secretary of State Marco Rubio', rule: 'registry-name' });
    // The title's country is a mention of its own, nested in the person's.
    expect(mentions.map((m) => [m.participant, m.surface])).toEqual([
      ['marco-rubio', 'U.S. Secretary of State Marco Rubio'],
      ['united-states', 'U.S.'],
    ]);
  });
});

// Unseen wire copy: every participant the sentence names, and nothing else.
describe('resolveParticipants: unseen coverage', () => {
  it.each<[string, string[]]>([
    ["Ukraine's chief negotiator Rustem Umerov said talks in Geneva were constructive.", ['rustem-umerov', 'ukraine']],
    ['Kremlin spokesman Dmitry Peskov said no date had been set for a meeting.', ['dmitry-peskov', 'kremlin']],
    ['Russian envoy Kirill Dmitriev told CNN the plan was a good basis.', ['kirill-dmitriev']],
    ['Jared Kushner and Steve Witkoff flew to Moscow on Tuesday.', ['jared-kushner', 'steve-witkoff']],
    ['Army Secretary Dan Driscoll met Ukrainian officials in Kyiv.', ['dan-driscoll']],
    ["Andriy Yermak, the head of Zelenskiy's office, led the delegation.", ['andriy-yermak', 'volodymyr-zelensky']],
    ['Andrii Yermak resigned on Friday after anti-corruption raids.', ['andriy-yermak']],
    ['Foreign Minister Sergei Lavrov said Moscow would not accept European troops.', ['russia', 'sergei-lavrov']],
    ["Lavrov's comments drew a sharp rebuke from Kyiv.", ['sergei-lavrov', 'ukraine']],
    ['Vice President JD Vance said Europe must do more.', ['europe', 'jd-vance']],
    [
      'French President Emmanuel Macron and British Prime Minister Keir Starmer spoke with Zelenskyy.',
      ['emmanuel-macron', 'keir-starmer', 'volodymyr-zelensky'],
    ],
    ['German Chancellor Friedrich Merz hosted the call, and Merz later said it was productive.', ['friedrich-merz']],
    ['NATO Secretary General Mark Rutte said the alliance stood with Ukraine.', ['mark-rutte', 'nato', 'ukraine']],
    ['Turkish President Recep Tayyip Erdoğan offered to host talks in Istanbul.', ['recep-tayyip-erdogan']],
    ['Irish Taoiseach Micheál Martin said Ireland would help with demining.', ['ireland', 'micheal-martin']],
    ['Estonian Prime Minister Kristen Michal warned against concessions.', ['kristen-michal']],
    [
      'Senior Zelenskiy aide Mykhailo Podolyak told Reuters that Kyiv would not cede land.',
      ['mykhailo-podolyak', 'ukraine', 'volodymyr-zelensky'],
    ],
    ['“We will not give up our land,” Zelenskiy said.', ['volodymyr-zelensky']],
    ['Yuri Ushakov, a Kremlin foreign policy aide, said the meeting lasted five hours.', ['kremlin', 'yuri-ushakov']],
    ['The White House said Witkoff would travel to Berlin.', ['steve-witkoff', 'white-house']],
    ['Washington and Moscow traded accusations on Thursday.', ['russia', 'united-states']],
    ['The delegation left Washington for Anchorage on Friday.', []],
    ['Peace talks resumed in Geneva, where U.S. and Ukrainian officials met.', ['united-states']],
    ["Speaking at Joint Base Elmendorf-Richardson, Trump praised Air Force One's crew.", ['donald-trump']],
    ['Pressed on the plan, Kellogg said it was a framework, not a final deal.', ['keith-kellogg']],
    ['Fox News reported that the Telegraph and Politico had obtained the draft.', []],
    ['In August and September, Zelenskyy met Trump at the White House.', ['donald-trump', 'volodymyr-zelensky', 'white-house']],
    [
      'Ukrainian Foreign Minister Andrii Sybiha told his Turkish counterpart Hakan Fidan that Kyiv wanted a ceasefire.',
      ['andrii-sybiha', 'hakan-fidan', 'ukraine'],
    ],
    ['Hungarian Prime Minister Viktor Orbán said Budapest was ready to host a summit.', ['viktor-orban']],
    ['EU foreign policy chief Kaja Kallas said the bloc would keep up sanctions.', ['european-union', 'kaja-kallas']],
    ['European Commission President Ursula von der Leyen welcomed the talks.', ['european-commission', 'ursula-von-der-leyen']],
    ["Dmitriev, who heads Russia's sovereign wealth fund, met Witkoff in Miami.", ['kirill-dmitriev', 'russia', 'steve-witkoff']],
    [
      "Putin's foreign policy adviser Yuri Ushakov said Witkoff and Kushner had met Putin.",
      ['jared-kushner', 'steve-witkoff', 'vladimir-putin', 'yuri-ushakov'],
    ],
    ["“This is the end of the beginning,” said Alexander Stubb, Finland's president.", ['alexander-stubb', 'finland']],
    ['Marie-Agnes Strack-Zimmermann, a German lawmaker, criticised the plan.', ['marie-agnes-strack-zimmermann']],
    ['Umerov told reporters the sides had agreed on most points.', ['rustem-umerov']],
    ['Budanov told reporters the front was holding.', ['budanov']],
    ['Residents said the strike hit a school.', []],
    ['Naftogaz said gas flows were stable.', []],
    ['Goldman Sachs said the rouble would weaken, and Amnesty International said civilians suffered.', []],
    ['Deutsche Welle said the Munich Security Conference would discuss the plan.', []],
    ["Kyiv Independent reported that Ukraine's army was short of troops.", ['ukraine']],
    ['Trump-Zelenskiy talks at Mar-a-Lago ended without a deal.', ['donald-trump', 'volodymyr-zelensky']],
    ['The Russia-Ukraine war is in its fourth year.', ['russia', 'ukraine']],
    ['Trump’s envoy met Zelenskyy’s chief of staff.', ['donald-trump', 'volodymyr-zelensky']],
    ['Kyiv swiftly rejected the conditions as tantamount to surrender.', ['ukraine']],
    ['Earlier, Trump said he would call Putin next time in Moscow.', ['donald-trump', 'vladimir-putin']],
    ['Trump will meet Putin Friday in Alaska.', ['donald-trump', 'vladimir-putin']],
    ['KYIV/WASHINGTON, Nov 23 (Reuters) - Ukrainian officials met in Geneva.', []],
    ['Senator Roger Wicker, a Republican, said the plan had "real problems".', ['roger-wicker']],
    ['Reporting by Jonathan Landay and Tom Balmforth; Editing by Daniel Wallis', []],
    ['Polish Prime Minister Donald Tusk met President Donald Trump.', ['donald-trump', 'donald-tusk']],
  ])('%s', (sentence, expected) => {
    expect(idsIn(sentence)).toEqual(expected);
  });
});

describe('resolveParticipants: shorter references', () => {
  it('takes first names only in an article that gives the full name', () => {
    const inArticle = resolveParticipants(
      readArticles([
        buildParsedArticle('a', ['Marco Rubio and Steve Witkoff arrived.', '“Marco and Steve did great work, and Scott too,” Trump said.']),
      ]),
      registry,
    );
    const marco = inArticle.mentions.filter((m) => m.surface === 'Marco' || m.surface === 'Steve').map((m) => m.participant);
    expect(marco).toEqual(['marco-rubio', 'steve-witkoff']);
    expect(inArticle.mentions.some((m) => m.surface === 'Scott')).toBe(false);
    const elsewhere = resolveParticipants(readArticles([buildParsedArticle('b', ['“Marco did great work,” Trump said.'])]), registry);
    expect(elsewhere.mentions.some((m) => m.surface === 'Marco')).toBe(false);
  });

  it('resolves descriptions to the most recent person whose roles fit', () => {
    const article = buildParsedArticle('d', [
      'Russian President Vladimir Putin met U.S. President Donald Trump in Alaska.',
      'The Russian leader said the talks were useful.',
      'Later, the US president said he was hopeful.',
      'Marco Rubio, the secretary of state, joined them.',
    ]);
    const descriptors = resolveParticipants(readArticles([article]), registry).mentions.filter((m) => m.rule === 'descriptor');
    expect(descriptors.map((m) => [m.surface, m.participant])).toEqual([
      ['The Russian leader', 'vladimir-putin'],
      ['the US president', 'donald-trump'],
      ['the secretary of state', 'marco-rubio'],
    ]);
  });

  it('takes a description that two people just named fit for the one named with the office as a title, else for nobody', () => {
    const descriptorsOf = (...paragraphs: string[]) =>
      resolveParticipants(readArticles([buildParsedArticle('p', paragraphs)]), registry)
        .mentions.filter((m) => m.rule === 'descriptor')
        .map((m) => [m.surface, m.participant]);
    const roles = 'Ukrainian President Volodymyr Zelensky and U.S. President Donald Trump spoke on Monday.';
    expect(
      descriptorsOf(
        roles,
        'The deadline was set by U.S. President Donald Trump for his counterpart, Volodymyr Zelensky.',
        'Then the president said it was fair.',
      ),
    ).toEqual([['the president', 'donald-trump']]);
    expect(descriptorsOf(roles, 'Then the president said it was fair.')).toEqual([]);
  });

  it('takes the chief of a body for whoever leads it, named before or in the next sentences', () => {
    const descriptorsOf = (...paragraphs: string[]) =>
      resolveParticipants(readArticles([buildParsedArticle('c', paragraphs)]), registry)
        .mentions.filter((m) => m.rule === 'descriptor')
        .map((m) => [m.surface, m.participant]);
    // Named before: the role that names the body decides, whatever the office is called.
    expect(descriptorsOf('US Treasury Secretary Scott Bessent spoke first.', 'Later the treasury chief said more would come.')).toEqual([
      ['the treasury chief', 'scott-bessent'],
    ]);
    // Described first, named next, as a lede does.
    expect(
      descriptorsOf('Putin was not honest, the US treasury chief said.', 'US Treasury Secretary Scott Bessent announced sanctions.'),
    ).toEqual([['the US treasury chief', 'scott-bessent']]);
    // A chief of another body fits nobody.
    expect(descriptorsOf('US Treasury Secretary Scott Bessent spoke first.', 'Later the army chief said more would come.')).toEqual([]);
  });

  it('records roles from titles and appositions, with their sentences', () => {
    const article = buildParsedArticle('r', [
      'Trump will be joined by Steve Witkoff, his special envoy who has met Putin five times.',
      'Fiona Hill, who served on Trump’s security council, told the Telegraph he was wary.',
    ]);
    const { participants } = resolveParticipants(readArticles([article]), registry);
    expect(participants.find((p) => p.id === 'steve-witkoff')?.roleSources).toEqual([{ role: 'special envoy', sentence: 'r#s-1' }]);
    expect(participants.find((p) => p.id === 'fiona-hill')).toMatchObject({
      registered: false,
      roles: ['served on Trump’s security council'],
    });
  });

  it('reads a relative clause as a role, past abbreviations', () => {
    const article = buildParsedArticle('w', [
      'Secretary of State Marco Rubio, who led the U.S. delegation, told reporters the talks went well.',
    ]);
    expect(resolveParticipants(readArticles([article]), registry).participants.find((p) => p.id === 'marco-rubio')?.roles).toEqual([
      'Secretary of State',
      'led the U.S. delegation',
    ]);
  });

  it('does not read a new clause as an apposition', () => {
    const article = buildParsedArticle('c', [
      'US President Donald Trump met Vladimir Putin.',
      'Speaking of a summit with Putin, the US president said he was ready.',
    ]);
    const { participants } = resolveParticipants(readArticles([article]), registry);
    expect(participants.find((p) => p.id === 'vladimir-putin')?.roles).toEqual([]);
  });

  it('joins a surname found alone to the one discovered full name that ends with it', () => {
    const articles = [
      buildParsedArticle('x', ['Budanov told reporters the front was holding.']),
      buildParsedArticle('y', ['Intelligence chief Kyrylo Budanov said more drones were needed.']),
    ];
    const { participants } = resolveParticipants(readArticles(articles), registry);
    const budanov = participants.filter((p) => p.aliases.some((alias) => alias.includes('Budanov')));
    expect(budanov.map((p) => [p.id, p.mentions])).toEqual([['kyrylo-budanov', ['x#s-1', 'y#s-1']]]);
  });
});

describe('resolveParticipants: aliases, order and determinism', () => {
  const articles = [
    buildParsedArticle('one', ['Ukrainian President Volodymyr Zelenskiy met Trump.', 'Zelenskyy’s aides said Zelensky was tired.']),
    buildParsedArticle('two', ['Kyiv rejected the plan, and Zelensky said so.']),
  ];

  it('folds spellings into one participant with every surface form, sorted', () => {
    const zelensky = resolveParticipants(readArticles(articles), registry).participants.find((p) => p.id === 'volodymyr-zelensky')!;
    expect(zelensky.aliases).toEqual(['Ukrainian President Volodymyr Zelenskiy', 'Zelensky', 'Zelenskyy’s']);
    expect(zelensky.mentions).toEqual(['one#s-1', 'one#s-2', 'two#s-1']);
  });

  it('gives the same result for a reordered registry', () => {
    const shuffled = [...registry].reverse();
    expect(resolveParticipants(readArticles(articles), shuffled)).toEqual(resolveParticipants(readArticles(articles), registry));
  });

  it('lists people first, then bodies, then countries', () => {
    const kinds = resolveParticipants(
      readArticles([buildParsedArticle('k', ['NATO said Ukraine and Trump agreed.'])]),
      registry,
    ).participants.map((p) => p.kind);
    expect(kinds).toEqual(['person', 'organization', 'country']);
  });
});

describe('resolveParticipants: the world beyond the registry', () => {
  it.each<[string, string[]]>([
    // Countries come from the gazetteer, under every name news copy uses; a country's name inside a person's is not one.
    ['Britain and France will lead the force, the UK said.', ['france', 'united-kingdom']],
    ['Jordan Bardella, a French lawmaker, criticised the plan.', ['jordan-bardella']],
    // Organisations are found by how their names are written.
    [
      "Russia's Foreign Ministry and the International Monetary Fund commented.",
      ['international-monetary-fund', 'russias-foreign-ministry'],
    ],
    // "And" joins common nouns inside a name, but coordinates a known name with the next one.
    ['The Food and Agriculture Organization warned of shortages.', ['food-and-agriculture-organization']],
    ['NATO head Mark Rutte and European Council members met.', ['european-council', 'mark-rutte', 'nato']],
    ['Envoy Jens Holmqvist and European Council members met.', ['european-council', 'jens-holmqvist']],
    // A registered person's surname alone is a known name too.
    ['Rubio and Polish Foreign Ministry officials met.', ['marco-rubio', 'polish-foreign-ministry']],
    // A country's state body may be named in lower case; a degree or a number describes a body, it does not name one.
    ["Norway's coast guard agency and Chile's mining ministry said so.", ['chiles-mining-ministry', 'norways-coast-guard-agency']],
    ["Norway's largest agency and Chile's second ministry said so.", ['chile', 'norway']],
    // Names of every tradition keep their particles; demonyms are never people.
    ['Spokesman Omar al-Rashid told reporters the ceasefire held.', ['omar-al-rashid']],
    ['Crown Prince Faisal bin Khalid said talks would go on.', ['faisal-bin-khalid']],
    ['The host was Sheikh Hamad bin Jassim Al Kuwari.', ['hamad-bin-jassim-al-kuwari']],
    ['The chief Israeli negotiator, Dan Levy, said no.', ['dan-levy']],
    ['Commission head Ursula von der Leyen met Egyptian President Tarek el-Masri.', ['tarek-el-masri', 'ursula-von-der-leyen']],
    // Transliterations of one given name are one person; a lone initial is nobody.
    ['Ukrainian President Vladimir Zelensky met Andrey Yermak and J. D. Vance.', ['andriy-yermak', 'jd-vance', 'volodymyr-zelensky']],
  ])('%s', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });
});

describe('resolveParticipants: a body called by the head of its name', () => {
  /** Each mention the head rule found, as `sentence: participant surface`. */
  const headMentions = (...paragraphs: string[]) =>
    resolveParticipants(readArticles([buildParsedArticle('h', paragraphs)]), registry)
      .mentions.filter((m) => m.rule === 'body-head')
      .map((m) => `${m.sentence.split('#')[1]}: ${m.participant} ${m.surface}`);

  it('takes the head alone once the article named the body in full', () => {
    expect(headMentions('The Ukrainian Defence Ministry said so.', 'The Ministry later added that talks went on.')).toEqual([
      's-2: ukrainian-defence-ministry Ministry',
    ]);
  });

  it.each<[string, string]>([
    ['never before the full name', 'The Ministry said so. Later the Ukrainian Defence Ministry added more.'],
    ['never inside a title or a longer name', 'The Ukrainian Defence Ministry said so. Ministry Spokesman Ivan Petrenko agreed.'],
    ['never in lower case', 'The Ukrainian Defence Ministry said so. The ministry of truth is fiction.'],
    ['never when two bodies share the head', 'The Ukrainian Defence Ministry and the Polish Foreign Ministry met. The Ministry said so.'],
  ])('%s', (_, text) => {
    expect(headMentions(text)).toEqual([]);
  });
});

describe('resolveParticipants: one body written two ways', () => {
  it("is one participant named by its capitalised form ('Chile's mining ministry', 'Chilean Mining Ministry')", () => {
    const { participants } = resolveParticipants(
      readArticles([buildParsedArticle('x', ["Chile's mining ministry said so.", 'The Chilean Mining Ministry agreed.'])]),
      registry,
    );
    const bodies = participants.filter((p) => p.kind === 'organization');
    expect(bodies.map((p) => [p.id, p.name, p.mentions])).toEqual([
      ['chilean-mining-ministry', 'Chilean Mining Ministry', ['x#s-1', 'x#s-2']],
    ]);
  });
});

describe('resolveParticipants: the side a discovered body speaks for', () => {
  const affiliationOf = (text: string, id: string) =>
    resolveParticipants(readArticles([buildParsedArticle('x', [text])]), registry).participants.find((p) => p.id === id)?.affiliation;

  it.each<[string, string, string | null]>([
    // A name that opens with a country, by its possessive, name or demonym, is that country's body.
    ["Russia's Foreign Ministry ruled it out.", 'russias-foreign-ministry', 'Russia'],
    ['The Ukrainian Defence Ministry said so.', 'ukrainian-defence-ministry', 'Ukraine'],
    ['The United States Agency said so.', 'united-states-agency', 'United States'],
    // A country further in, or none, ties it to nobody.
    ['The International Monetary Fund said so.', 'international-monetary-fund', null],
    ['The Food and Agriculture Organization warned of shortages.', 'food-and-agriculture-organization', null],
  ])('%s', (text, id, affiliation) => {
    expect(affiliationOf(text, id)).toBe(affiliation);
  });
});

describe('resolveParticipants: nasty inputs', () => {
  it.each<[string, string[]]>([
    ['WASHINGTON', []],
    ['ANCHORAGE: Trump landed.', ['donald-trump']],
    ['“', []],
    ['Sign up for our emails', []],
    ['Photo / Getty Images', []],
    ['As I’ve said, I’ll be there, Putin said.', ['vladimir-putin']],
    ['TRUMP AND PUTIN MEET IN ALASKA', ['donald-trump', 'vladimir-putin']],
    ['BREAKING NEWS: KREMLIN SAYS NOTHING', ['kremlin']],
    ['The us and them of politics.', []],
    ['Fiona Hill’s book sold well.', []],
    ['Capitol Hill reacted with anger as Hill spoke.', []],
    ['On Monday, Tuesday and Wednesday, March and May, nothing happened.', []],
  ])('%s', (sentence, expected) => {
    expect(idsIn(sentence)).toEqual(expected);
  });

  it('handles no articles and empty articles', () => {
    expect(resolveParticipants(readArticles([]), registry)).toEqual({ participants: [], mentions: [] });
    expect(resolveParticipants(readArticles([buildParsedArticle('e', [])]), [])).toEqual({ participants: [], mentions: [] });
  });

  it('does linear work on a long article', async () => {
    const paragraph =
      'Ukrainian President Volodymyr Zelenskiy said Kyiv would not accept the plan, and Trump told reporters Putin wanted peace.';
    const make = (length: number) =>
      readArticles([
        buildParsedArticle(
          'long',
          Array.from({ length }, () => paragraph),
        ),
      ]);
    expect(resolveParticipants(make(2000), registry).mentions).toHaveLength(8000);
    expect(await growthOf(make, (readings) => resolveParticipants(readings, registry), 1000)).toBeLessThanOrEqual(2.2);
  });
});
