/**
 * The topic palette: one value per colour name in the light and dark schemes, the same in the stylesheet and in
 * `src/site/topic-palette.ts` (share cards), each readable as text (WCAG AA, 4.5:1) on its scheme's page, panel
 * and highlight colours, and a badge class for every name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPIC_COLOURS } from '../../src/core/topics/choose-colours.ts';
import { TOPIC_PALETTE } from '../../src/site/topic-palette.ts';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
const [light = '', dark = ''] = [
  css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')),
  css.slice(css.indexOf('@media (prefers-color-scheme: dark)')),
];

/** The value of a custom property in one scheme's block of the stylesheet. */
const variable = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(block)?.[1] ?? null;

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe('the topic palette', () => {
  it('has a value for every colour a topic can take, and no other', () => {
    expect(Object.keys(TOPIC_PALETTE)).toEqual([...TOPIC_COLOURS]);
  });

  it.each(TOPIC_COLOURS.map((colour) => [colour]))('%s is the same in the stylesheet, with a badge class', (colour) => {
    expect(variable(light, `topic-${colour}`)).toBe(TOPIC_PALETTE[colour].light);
    expect(variable(dark, `topic-${colour}`)).toBe(TOPIC_PALETTE[colour].dark);
    // Read with its white space folded: the formatter lays a rule out over several lines.
    expect(css.replace(/\s+/g, ' ')).toContain(`.badge.colour-${colour} { color: var(--topic-${colour}); }`);
  });

  it.each(
    TOPIC_COLOURS.flatMap((colour) =>
      (['light', 'dark'] as const).flatMap((scheme) => ['bg', 'panel', 'mark'].map((under) => [colour, scheme, under] as const)),
    ),
  )('%s reads at 4.5:1 or more in the %s scheme on --%s', (colour, scheme, under) => {
    const background = variable(scheme === 'light' ? light : dark, under);
    expect(background).not.toBeNull();
    expect(contrast(TOPIC_PALETTE[colour][scheme], background ?? '')).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
