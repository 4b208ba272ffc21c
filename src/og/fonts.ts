/**
 * The card fonts. Noto Sans from `@fontsource/noto-sans` (Latin, Cyrillic, Greek), as WOFF (satori reads
 * it directly), read once per process and used by every card. A card whose text has letters of another
 * script (`./words/script-fonts.ts`: Arabic, Hebrew, Devanagari, Chinese and Japanese, Korean) gets that
 * script's Noto font as well, read on first use; a card in Latin letters reads nothing more.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import { covers, readFontSlices, type FontSlice } from './font-slices.ts';
import { FONT_FAMILY } from './template/theme.ts';
import { scriptFonts, type ScriptFont } from './words/script-fonts.ts';

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

/** The folder a package is installed in, found from the project at `root`. */
function packageDir(root: string, name: string): string {
  return dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`));
}

/**
 * The base font files, in the order satori tries them. Each subset has a name of its own: satori keeps one
 * font per name and weight, and falls back through the other registered families for missing glyphs.
 */
export function fontFiles(root: string = process.cwd()): FontFile[] {
  const files = join(packageDir(root, '@fontsource/noto-sans'), 'files');
  return SUBSETS.flatMap((subset, position) =>
    WEIGHTS.map((weight) => ({
      name: position === 0 ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
      weight,
      path: join(files, `noto-sans-${subset}-${weight}-normal.woff`),
    })),
  );
}

const bytes = new Map<string, Buffer>();

/** A font file's bytes, read once per process. */
function readFont(path: string): Buffer {
  let data = bytes.get(path);
  if (!data) {
    data = readFileSync(path);
    bytes.set(path, data);
  }
  return data;
}

const toFont = (file: FontFile): Font => ({ name: file.name, weight: file.weight, style: 'normal', data: readFont(file.path) });

let loaded: Font[] | null = null;
/** The project root the base fonts were found from: script fonts are found from there too. */
let loadedRoot: string | null = null;

/** The base fonts as satori takes them, read from disk on the first call only (always the same array). */
export function loadFonts(root: string = process.cwd()): Font[] {
  if (!loaded) {
    loaded = fontFiles(root).map(toFont);
    loadedRoot = root;
  }
  return loaded;
}

const slices = new Map<string, FontSlice[]>();

/** The slices of a sliced package for one weight, read once per process. */
function slicesOf(root: string, script: ScriptFont, weight: number): FontSlice[] {
  const key = `${script.packageName} ${weight}`;
  let list = slices.get(key);
  if (!list) {
    list = readFontSlices(packageDir(root, script.packageName), weight);
    slices.set(key, list);
  }
  return list;
}

/** The extra font files `text` needs, in script order, then slice order: none for Latin, Cyrillic or Greek text. */
export function scriptFontFiles(text: string, root: string = process.cwd()): FontFile[] {
  const files: FontFile[] = [];
  for (const script of scriptFonts) {
    if (!script.pattern.test(text)) continue;
    if (script.subset !== 'sliced') {
      const dir = join(packageDir(root, script.packageName), 'files');
      const stem = script.packageName.slice(script.packageName.indexOf('/') + 1);
      for (const weight of WEIGHTS)
        files.push({ name: script.family, weight, path: join(dir, `${stem}-${script.subset}-${weight}-normal.woff`) });
      continue;
    }
    const codePoints = new Set(
      Array.from(text)
        .filter((character) => script.pattern.test(character))
        .map((character) => character.codePointAt(0) ?? 0),
    );
    for (const weight of WEIGHTS) {
      for (const slice of slicesOf(root, script, weight)) {
        if ([...codePoints].some((codePoint) => covers(slice.ranges, codePoint)))
          files.push({ name: `${script.family} ${slice.name}`, weight, path: slice.path });
      }
    }
  }
  return files;
}

/** Recently used font lists by the files they add, so satori (which caches its font engine per list) reuses them. */
const lists = new Map<string, Font[]>();
/** Font lists kept: satori keeps as many font engines. */
const KEPT_LISTS = 8;

/** The fonts for a card whose text is `text`: the base fonts, plus the fonts of any other script it uses. */
export function fontsForText(text: string, root: string = loadedRoot ?? process.cwd()): Font[] {
  const base = loadFonts(root);
  const extra = scriptFontFiles(text, root);
  if (extra.length === 0) return base;
  const key = extra.map((file) => `${file.path} ${file.weight}`).join('\n');
  let list = lists.get(key);
  if (list) lists.delete(key);
  else list = [...base, ...extra.map(toFont)];
  lists.set(key, list);
  if (lists.size > KEPT_LISTS) lists.delete(lists.keys().next().value ?? '');
  return list;
}
