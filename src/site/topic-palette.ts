/**
 * The values of the topic palette, light and dark scheme: the same as the `--topic-<name>` variables of
 * `src/styles/global.css`, which pages use through the `colour-<name>` classes (a test keeps the two equal). Each
 * value reads at 4.5:1 or more (WCAG AA for text) on the page, panel and highlight colours of its scheme.
 */
import type { TopicColour } from '../core/model.ts';

/** A palette colour in the light and the dark scheme. */
export interface PaletteColour {
  /** On the light page (and on share cards). */
  light: string;
  /** On the dark page. */
  dark: string;
}

/** Every palette colour. */
export const TOPIC_PALETTE: Readonly<Record<TopicColour, PaletteColour>> = {
  blue: { light: '#1d4ed8', dark: '#93b4fb' },
  rust: { light: '#9a3412', dark: '#f4a882' },
  green: { light: '#166534', dark: '#7fd6a0' },
  purple: { light: '#7e22ce', dark: '#d2a8fb' },
  teal: { light: '#0f766e', dark: '#5eead4' },
  magenta: { light: '#a21caf', dark: '#f0abfc' },
  gold: { light: '#854d0e', dark: '#facc15' },
  slate: { light: '#475569', dark: '#cbd5e1' },
};
