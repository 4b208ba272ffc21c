/**
 * The card fonts: Noto Sans from `@fontsource/noto-sans`, as WOFF (satori reads it directly), read once
 * per process. Subsets cover the scripts of names in this coverage (Zelenskyy, Micheál, Мирний, Ερντογάν).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import { FONT_FAMILY } from './template/theme.ts';

/** Unicode subsets as fontsource names them; the first is the family the templates ask for. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;
/** Regular for text, bold for titles and figures. */
const WEIGHTS = [400, 700] as const;

/** One font file and the name it is registered under. */
export interface FontFile {
  /** Family name: `Noto Sans` for the first subset, `Noto Sans <subset>` for the fallbacks. */
  name: string;
  /** Weight. */
  weight: (typeof WEIGHTS)[number];
  /** Absolute path of the WOFF file. */
  path: string;
}

/**
 * The font files, in the order satori tries them. Each subset has a name of its own: satori keeps one
 * font per name and weight, and falls back through the other registered families for missing glyphs.
 */
export function fontFiles(root: string = process.cwd()): FontFile[] {
  const files = join(dirname(createRequire(join(root, 'package.json')).resolve('@fontsource/noto-sans')), 'files');
  return SUBSETS.flatMap((subset, position) =>
    WEIGHTS.map((weight) => ({
      name: position === 0 ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
      weight,
      path: join(files, `noto-sans-${subset}-${weight}-normal.woff`),
    })),
  );
}

let loaded: Font[] | null = null;

/** The fonts as satori takes them, read from disk on the first call only. */
export function loadFonts(root: string = process.cwd()): Font[] {
  loaded ??= fontFiles(root).map((file) => ({ name: file.name, weight: file.weight, style: 'normal' as const, data: readFileSync(file.path) }));
  return loaded;
}
