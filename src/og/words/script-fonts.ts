/**
 * Fonts for the scripts that Noto Sans (the card's own family: Latin, Cyrillic, Greek) does not draw, each
 * from its `@fontsource` package (Noto where satori draws it correctly) and loaded only for a card whose text has a letter of the script.
 * Scripts are matched by their Unicode Script_Extensions property (UAX #24), so marks and punctuation
 * shared with the script (the Arabic comma, the ideographic full stop) count too. The CJK packages come
 * in about a hundred numbered slices by `unicode-range` (the Google Fonts slicing that fontsource copies
 * into each weight's CSS file); only the slices holding the card's characters are read. Noto Sans SC also
 * draws Japanese kana and most kanji; Hangul needs Noto Sans KR.
 */

/** The fonts for one script or group of scripts. */
export interface ScriptFont {
  /** Name in messages and the render version (`Arabic`). */
  script: string;
  /** Matches any character of the script. */
  pattern: RegExp;
  /** The fontsource package. */
  packageName: string;
  /** Family name registered with satori (slices add their number). */
  family: string;
  /** The subset file to load (`arabic`), or `sliced` for packages cut by `unicode-range`. */
  subset: string | 'sliced';
}

export const scriptFonts: readonly ScriptFont[] = [
  // Not Noto Sans Arabic: it draws the dots of ب and ي as marks placed by GPOS, and satori 0.63 applies a
  // mark's vertical offset upside down (the dots land above, so ب and ي read as ت). IBM Plex Sans Arabic
  // (OFL) draws the dots as part of each letter form.
  {
    script: 'Arabic',
    pattern: /\p{Script_Extensions=Arabic}/u,
    packageName: '@fontsource/ibm-plex-sans-arabic',
    family: 'IBM Plex Sans Arabic',
    subset: 'arabic',
  },
  {
    script: 'Hebrew',
    pattern: /\p{Script_Extensions=Hebrew}/u,
    packageName: '@fontsource/noto-sans-hebrew',
    family: 'Noto Sans Hebrew',
    subset: 'hebrew',
  },
  {
    script: 'Devanagari',
    pattern: /\p{Script_Extensions=Devanagari}/u,
    packageName: '@fontsource/noto-sans-devanagari',
    family: 'Noto Sans Devanagari',
    subset: 'devanagari',
  },
  {
    script: 'Han and Japanese kana',
    // CJK symbols and full-width forms (U+3000-U+303F, U+FF00-U+FFEF) travel with Chinese and Japanese text.
    pattern:
      /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u,
    packageName: '@fontsource/noto-sans-sc',
    family: 'Noto Sans SC',
    subset: 'sliced',
  },
  {
    script: 'Hangul',
    pattern: /\p{Script_Extensions=Hangul}/u,
    packageName: '@fontsource/noto-sans-kr',
    family: 'Noto Sans KR',
    subset: 'sliced',
  },
];
