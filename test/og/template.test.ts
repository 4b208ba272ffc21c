import { describe, expect, it } from 'vitest';
import type { TopicColour } from '../../src/core/model.ts';
import { clampedText, h, type CardChild } from '../../src/og/template/h.ts';
import { topicColour } from '../../src/og/template/topic-colour.ts';
import { cardElement } from '../../src/og/template/card-element.ts';
import { COLOURS } from '../../src/og/template/theme.ts';
import { shareCards } from '../../src/og/share-cards.ts';
import { NASTY_CARDS } from './nasty-cards.ts';
import { SAMPLE_SETTINGS, sampleBriefing } from './sample-briefing.ts';

describe('h', () => {
  it.each<[string, Array<CardChild | null | false | undefined>, unknown]>([
    ['no children', [], undefined],
    ['one text child, passed alone', ['text'], 'text'],
    ['markup as plain text', ['</script><b>x'], '</script><b>x'],
    ['dropped empties', [null, 'a', false, undefined, 'b'], ['a', 'b']],
    ['only empties', [null, false], undefined],
  ])('builds an element with %s', (_name, children, expected) => {
    expect(h('div', { display: 'flex' }, ...children).props.children).toEqual(expected);
  });

  it('clamps text with an ellipsis and lets long words break', () => {
    expect(clampedText('x', 2, { fontSize: 10 }).props.style).toMatchObject({
      display: 'block',
      lineClamp: 2,
      textOverflow: 'ellipsis',
      overflowWrap: 'anywhere',
      fontSize: 10,
    });
  });

  it.each<[string, string | undefined]>([
    ['Zelenskyy', undefined],
    ['בנימין נתניהו', 'rtl'],
    ['«محمد بن سلمان»', 'rtl'],
    ['Witkoff meets محمد', undefined],
  ])('lays out %j as dir="auto" would: direction %s', (text, direction) => {
    expect(clampedText(text, 1, {}).props.style.direction).toBe(direction);
  });
});

describe('topicColour', () => {
  it.each<[TopicColour | null, string]>([
    ['blue', '#1d4ed8'],
    ['rust', '#9a3412'],
    ['green', '#166534'],
    ['purple', '#7e22ce'],
    ['slate', '#475569'],
    [null, COLOURS.accent],
  ])('%s → %s', (colour, value) => {
    expect(topicColour(colour)).toBe(value);
  });
});

describe('cardElement', () => {
  /** Every text run in a tree, in order. */
  function texts(node: CardChild | CardChild[] | undefined): string[] {
    if (node === undefined) return [];
    if (typeof node === 'string') return [node];
    if (Array.isArray(node)) return node.flatMap(texts);
    return texts(node.props.children);
  }

  /** Fields a card with a lead leaves out: the lead takes their place. */
  const besideLead: Record<string, string[]> = { home: ['title'], topic: ['question'] };

  it.each(Object.entries(NASTY_CARDS))('puts the text of %s in the tree as strings, unchanged', (_name, content) => {
    const all = texts(cardElement(content)).join('\n');
    // `kind` picks the template, `colour` the colour and `leadFrom` the eyebrow; `topic` names the topic; every other text field is drawn.
    const hidden = 'lead' in content && content.lead ? (besideLead[content.kind] ?? []) : [];
    const drawn = Object.entries(content).filter(
      ([key, value]) =>
        !['kind', 'topic', 'colour', 'leadFrom'].includes(key) && !hidden.includes(key) && typeof value === 'string' && value !== '',
    );
    for (const [, value] of drawn) expect(all).toContain(value);
    const lead = 'lead' in content && typeof content.lead === 'object' ? content.lead : null;
    for (const value of lead ? [lead.text, lead.outlet, lead.date] : []) expect(all).toContain(value);
  });

  /** Every font size in a tree. */
  function sizes(node: CardChild | CardChild[] | undefined): number[] {
    if (node === undefined || typeof node === 'string') return [];
    if (Array.isArray(node)) return node.flatMap(sizes);
    const own = typeof node.props.style.fontSize === 'number' ? [node.props.style.fontSize] : [];
    return [...own, ...sizes(node.props.children)];
  }

  it.each([
    ...Object.entries(NASTY_CARDS),
    ...shareCards(sampleBriefing(), SAMPLE_SETTINGS).map((card) => [card.image, card.content] as const),
  ])('sets no text of %s under 24 px, which a 600 × 315 preview shows at 12', (_name, content) => {
    const found = sizes(cardElement(content));
    expect(found.length).toBeGreaterThan(0);
    expect(Math.min(...found)).toBeGreaterThanOrEqual(24);
  });
});
