import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { Briefing } from '../../src/core/model.ts';
import { serializeBriefing } from '../../src/core/serialize-briefing.ts';
import { normalisePagePath, shareCardFor, shareCards } from '../../src/og/share-cards.ts';
import type { ShareCard } from '../../src/og/card-content.ts';
import type { CardContent } from '../../src/og/card-content.ts';
import { SAMPLE_SETTINGS, sampleBriefing } from './sample-briefing.ts';
import { defaultStory, storyInputs } from '../helpers/stories.ts';

const cards = shareCards(sampleBriefing(), SAMPLE_SETTINGS);
const byPath = new Map(cards.map((card) => [card.path, card]));

function contentOf<K extends CardContent['kind']>(path: string, kind: K): Extract<CardContent, { kind: K }> {
  const content = byPath.get(path)?.content;
  if (content?.kind !== kind) throw new Error(`no ${kind} card at ${path}`);
  return content as Extract<CardContent, { kind: K }>;
}

describe('shareCards', () => {
  it('gives every page of the site a card with an image path and a text alternative', () => {
    expect(cards.map((card) => card.path)).toEqual([
      '',
      'topics/guarantees/',
      'topics/territory/',
      'topics/ceasefire-vs-peace-deal/',
      'topics/participants/',
      'participants/rustem-umerov/',
      'participants/nato/',
      'participants/ukraine/',
      'sources/kyiv-talks/',
      'sources/wire-anchorage/',
      'sources/wire-preview/',
      'timeline/',
      'claims/c-000000000001/',
      'participants/',
      'sources/',
      'search/',
      'updates/',
      'about/',
      '404/',
    ]);
    for (const card of cards) {
      expect(card.image).toMatch(/^og\/[a-z0-9/-]+\.png$/);
      expect(card.alt.length).toBeGreaterThan(10);
    }
    expect(new Set(cards.map((card) => card.image)).size).toBe(cards.length);
  });

  it.each<[string, string, ShareCard['type']]>([
    ['', 'og/index.png', 'website'],
    ['topics/territory/', 'og/topics/territory.png', 'website'],
    ['participants/nato/', 'og/participants/nato.png', 'website'],
    ['sources/wire-preview/', 'og/sources/wire-preview.png', 'article'],
    ['timeline/', 'og/timeline.png', 'website'],
    ['participants/', 'og/participants.png', 'website'],
    ['404/', 'og/404.png', 'website'],
  ])('page %j has image %s of type %s', (path, image, type) => {
    expect(byPath.get(path)).toMatchObject({ image, type });
  });

  it('counts the home coverage with wire copy as one independent source', () => {
    const home = contentOf('', 'home');
    expect(home.topics.map((topic) => topic.id)).toEqual(['guarantees', 'territory', 'ceasefire-vs-peace-deal', 'participants']);
    expect(home.stats).toEqual([
      { value: '3', label: 'articles' },
      { value: '2', label: 'independent sources' },
      { value: '3', label: 'outlets' },
      { value: '14 Aug – 27 Nov 2025', label: 'coverage' },
    ]);
    expect(home.asOf).toBe('as of 27 November 2025');
  });

  const umerov = 'Rustem Umerov said on Thursday that talks in Geneva were constructive.';
  const guarantees = { id: 'guarantees', colour: 'blue', title: 'Security guarantees' };

  it('leads the home card with the newest line of where things stand, its outlet, day and topic', () => {
    expect(contentOf('', 'home')).toMatchObject({
      lead: { text: umerov, outlet: 'The Kyiv Independent', date: 'Thu 27 Nov 2025', topic: guarantees },
      leadFrom: 'stand',
    });
    expect(byPath.get('')?.alt).toBe(
      `Ukraine peace talks, where things stand: “${umerov}” The Kyiv Independent, Thu 27 Nov 2025, on Security guarantees.`,
    );
  });

  it('leads the home card with where things stand even when the newest article says something else first', () => {
    const sample = sampleBriefing();
    const [kyiv, ...rest] = sample.articles;
    const opener = {
      id: 'kyiv-talks#s-0',
      article: 'kyiv-talks',
      index: 1,
      paragraph: 1,
      text: 'Snow fell across the capital overnight.',
      topics: [],
      assignments: [],
      participants: [],
    };
    const shifted = kyiv!.sentences.map((sentence) => ({ ...sentence, index: sentence.index + 1 }));
    const briefing = { ...sample, articles: [{ ...kyiv!, sentences: [opener, ...shifted] }, ...rest] };
    expect(shareCards(briefing, SAMPLE_SETTINGS)[0]?.content).toMatchObject({ lead: { text: umerov }, leadFrom: 'stand' });
  });

  it("falls back on the newest article's lead when nothing stands yet", () => {
    const briefing = sampleBriefing({ statements: [], claims: [] });
    expect(shareCards(briefing, SAMPLE_SETTINGS)[0]?.content).toMatchObject({
      lead: { text: umerov, outlet: 'The Kyiv Independent' },
      leadFrom: 'newest',
    });
  });

  it.each<[string, string | null, string | null]>([
    ['topics/guarantees/', umerov, 'The Kyiv Independent'],
    ['topics/territory/', 'Ukraine rejects any withdrawal from Donetsk, officials said.', 'Gulf Herald'],
    ['topics/ceasefire-vs-peace-deal/', 'No ceasefire was agreed in Anchorage, Reuters reported.', 'The Daily Star'],
    ['topics/participants/', null, null],
  ])('leads topic card %s with where it stands: %j', (path, text, outlet) => {
    const lead = contentOf(path, 'topic').lead;
    expect(lead?.text ?? null).toBe(text);
    expect(lead?.outlet ?? null).toBe(outlet);
  });

  it.each<[string, string[]]>([
    ['topics/guarantees/', ['1 source', '1 independent source', 'Thu 27 Nov 2025 newest report']],
    ['topics/ceasefire-vs-peace-deal/', ['1 source', '1 independent source', 'Sat 16 Aug 2025 newest report']],
    ['topics/participants/', ['0 sources', '0 independent sources']],
  ])('topic card %s counts %j', (path, expected) => {
    expect(contentOf(path, 'topic').stats.map((stat) => `${stat.value} ${stat.label}`)).toEqual(expected);
  });

  it('names a participant with the first role, the quote count and the kind', () => {
    expect(contentOf('participants/rustem-umerov/', 'participant')).toMatchObject({
      name: 'Rustem Umerov',
      kindLabel: 'Person',
      role: 'Secretary of Ukraine’s National Security and Defense Council',
      stats: [
        { value: '1', label: 'quote' },
        { value: '2', label: 'mentions' },
        { value: '2', label: 'articles' },
      ],
      lead: { text: umerov, outlet: 'The Kyiv Independent', date: 'Thu 27 Nov 2025', topic: guarantees },
    });
    expect(contentOf('participants/rustem-umerov/', 'participant').leadKind).toBe('statement');
    expect(contentOf('participants/nato/', 'participant')).toMatchObject({
      kindLabel: 'Organisation',
      role: null,
      lead: {
        text: 'NATO allies want a say in any guarantee.',
        outlet: 'The Kyiv Independent',
        date: 'Thu 27 Nov 2025',
        topic: guarantees,
      },
      leadKind: 'mention',
    });
    expect(byPath.get('participants/nato/')?.alt).toContain('Latest mention: “NATO allies want a say in any guarantee.”');
  });

  it('colours each topic card and label with its topic, and participant cards with the topic about who takes part', () => {
    expect(contentOf('', 'home').topics.map((topic) => topic.colour)).toEqual(['blue', 'rust', 'green', 'purple']);
    expect(contentOf('topics/territory/', 'topic').colour).toBe('rust');
    expect(contentOf('participants/nato/', 'participant').colour).toBe('purple');
    const sample = sampleBriefing();
    const noRole = { ...sample, topics: sample.topics.map((topic) => ({ ...topic, role: null })) };
    expect(shareCards(noRole, SAMPLE_SETTINGS).find((card) => card.path === 'participants/nato/')?.content).toMatchObject({ colour: null });
  });

  it('shows a source with its outlet, date and wire', () => {
    expect(contentOf('sources/wire-anchorage/', 'source')).toMatchObject({
      outlet: 'The Daily Star',
      date: 'Sat 16 Aug 2025',
      wire: 'Reuters',
      lead: 'No ceasefire was agreed in Anchorage, Reuters reported.',
      topic: { id: 'ceasefire-vs-peace-deal', title: 'Ceasefire or peace deal' },
    });
    expect(byPath.get('sources/wire-anchorage/')?.alt).toContain('Reuters wire copy');
    expect(byPath.get('sources/kyiv-talks/')?.alt).not.toContain('wire copy');
  });

  it('sums up the timeline in happenings (one each, however many reports tell it) with their span and the latest', () => {
    expect(contentOf('timeline/', 'timeline')).toMatchObject({
      stats: [
        { value: '2', label: 'happenings' },
        { value: 'Feb 2022 – 27 Nov 2025', label: 'span' },
      ],
      latest: {
        date: '27 Nov 2025',
        text: 'Rustem Umerov said that talks in Geneva were constructive',
        outlet: 'The Kyiv Independent',
        topic: guarantees,
      },
    });
    const twice = sampleBriefing();
    const told = {
      ...twice,
      happenings: twice.happenings
        .map((h) => (h.id.endsWith('a1') ? { ...h, events: [...h.events, 'kyiv-talks#e-1'] } : h))
        .filter((h) => !h.id.endsWith('a2')),
    };
    expect(shareCards(told, SAMPLE_SETTINGS).find((card) => card.path === 'timeline/')?.content).toMatchObject({
      stats: [
        { value: '1', label: 'happening' },
        { value: 'Feb 2022', label: 'span' },
      ],
    });
  });

  it('gives a claim with a page of its own a card: the claim, its status, independent sources, first report and topic', () => {
    expect(contentOf('claims/c-000000000001/', 'claim')).toMatchObject({
      summary: 'No ceasefire was agreed in Anchorage, Reuters reported.',
      status: 'Corroborated',
      sources: '2 independent sources',
      date: 'Thu 14 Aug 2025',
      topic: { id: 'ceasefire-vs-peace-deal', title: 'Ceasefire or peace deal' },
    });
  });

  it('is deterministic: the same briefing gives equal cards', () => {
    expect(shareCards(sampleBriefing(), SAMPLE_SETTINGS)).toEqual(cards);
  });
});

describe('shareCardFor', () => {
  const briefing = sampleBriefing();
  it.each<[string, string]>([
    ['topics/territory/', 'og/topics/territory.png'],
    ['/topics/territory', 'og/topics/territory.png'],
    ['', 'og/index.png'],
    ['/', 'og/index.png'],
    ['sources/kyiv-talks/', 'og/sources/kyiv-talks.png'],
  ])('finds the card of %j', (path, image) => {
    expect(shareCardFor({ title: 'x', description: 'y', path }, briefing, SAMPLE_SETTINGS).image).toBe(image);
  });

  it('gives a page without a card of its own the home image, never a missing one, described without its figures', () => {
    const card = shareCardFor({ title: 'Claims', description: 'Every claim.', path: 'claims/' }, briefing, SAMPLE_SETTINGS);
    expect(card).toMatchObject({ path: 'claims/', image: 'og/index.png', type: 'website' });
    // The home card's own alt text leads with its news; a page that borrows the image names only title and topics.
    expect(card.alt).toBe(`${SAMPLE_SETTINGS.title}: briefing card. Topics: ${briefing.topics.map((topic) => topic.title).join(', ')}.`);
    expect(card.alt).toMatch(/briefing card\. Topics: .*\.$/);
    expect(card.alt).not.toMatch(/\d+ articles?/);
  });

  it.each([
    ['a/b', 'a/b/'],
    ['//a//', 'a/'],
    ['', ''],
    ['///', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePagePath(input)).toBe(expected);
  });
});

describe('shareCards on nasty briefings', () => {
  it('copes with no articles, no events and no participants', () => {
    const empty = shareCards(
      sampleBriefing({ articles: [], participants: [], events: [], happenings: [], quotes: [], asOf: null }),
      SAMPLE_SETTINGS,
    );
    const home = empty.find((card) => card.path === '')?.content;
    expect(home).toMatchObject({
      asOf: null,
      lead: null,
      stats: [
        { value: '0', label: 'articles' },
        { value: '0', label: 'independent sources' },
        { value: '0', label: 'outlets' },
      ],
    });
    expect(empty.find((card) => card.path === '')?.alt).toContain('Security guarantees, Territory');
    expect(empty.find((card) => card.path === 'timeline/')?.content).toMatchObject({
      latest: null,
      stats: [{ value: '0', label: 'happenings' }],
    });
  });

  it('keeps markup in a headline as text in the card data and the alt text', () => {
    const briefing = sampleBriefing();
    const first = briefing.articles[0];
    if (!first) throw new Error('sample has articles');
    const nasty = { ...briefing, articles: [{ ...first, title: '</script><b>x' }] };
    const card = shareCards(nasty, SAMPLE_SETTINGS).find((item) => item.path === 'sources/kyiv-talks/');
    expect(card?.content).toMatchObject({ headline: '</script><b>x' });
    expect(card?.alt).toContain('“</script><b>x”');
  });

  it('does not call an outlet that prints its own wire a wire copy', () => {
    const briefing = sampleBriefing();
    const first = briefing.articles[0];
    if (!first) throw new Error('sample has articles');
    const own = { ...briefing, articles: [{ ...first, outlet: 'Reuters', wire: 'Reuters', sourceKey: 'Reuters' }] };
    expect(shareCards(own, SAMPLE_SETTINGS).find((item) => item.path === 'sources/kyiv-talks/')?.alt).not.toContain('wire copy');
  });
});

describe('shareCards from briefing.json', () => {
  it('gives the same cards from the serialised briefing the build reads as from the model the pages render', () => {
    const { input } = loadInputs(resolve(import.meta.dirname, '../..'), storyInputs(defaultStory));
    const briefing = analyze(input);
    expect(shareCards(JSON.parse(serializeBriefing(briefing)) as Briefing, SAMPLE_SETTINGS)).toEqual(shareCards(briefing, SAMPLE_SETTINGS));
  });
});
