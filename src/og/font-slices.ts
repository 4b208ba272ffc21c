/**
 * Reads which file of a fontsource package draws which characters: each `@font-face` of the weight's CSS
 * file (`400.css`) names a WOFF file and its `unicode-range`. Used for the CJK packages, which come in
 * about a hundred slices, so a card loads only the slices its characters fall in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One slice: its WOFF file and the code point ranges it covers. */
export interface FontSlice {
  /** Slice name as fontsource writes it (`119`). */
  name: string;
  /** Absolute path of the WOFF file. */
  path: string;
  /** Inclusive `[first, last]` code point ranges. */
  ranges: Array<[number, number]>;
}

const FACE = /@font-face\s*\{[^}]*?url\(\.\/files\/([\w-]+?)-(\d+)-normal\.woff2\)[^}]*?unicode-range:\s*([^;]+);/g;

/** `U+4e00-4e0f,U+3002` → `[[0x4e00, 0x4e0f], [0x3002, 0x3002]]`. */
export function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match?.[1]) return [];
    const first = parseInt(match[1].replaceAll('?', '0'), 16);
    const last = parseInt(match[2] ?? match[1].replaceAll('?', 'f'), 16);
    return [[first, last] as [number, number]];
  });
}

/** The slices of the package in `packageDir` for `weight`, in the CSS file's order. */
export function readFontSlices(packageDir: string, weight: number): FontSlice[] {
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  return [...css.matchAll(FACE)].map((face) => {
    const base = face[1] ?? '';
    return {
      name: base.slice(base.lastIndexOf('-') + 1),
      path: join(packageDir, 'files', `${base}-${face[2]}-normal.woff`),
      ranges: parseUnicodeRange(face[3] ?? ''),
    };
  });
}

/** True when `codePoint` falls in one of `ranges`. */
export function covers(ranges: ReadonlyArray<[number, number]>, codePoint: number): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}
