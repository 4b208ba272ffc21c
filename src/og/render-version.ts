/**
 * A fingerprint of everything that decides how a card looks besides its content: the template and
 * rasteriser sources, the base font files, the versions of the script font packages (too large to hash
 * on every build; fontsource never changes a published version), and the satori and resvg versions. Part of every cache key, so
 * editing a template or updating a package draws every card anew.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontFiles } from './fonts.ts';
import { scriptFonts } from './words/script-fonts.ts';

/** Source files, relative to the project root, whose every byte can change a card's pixels. */
function sourceFiles(root: string): string[] {
  const templates = readdirSync(join(root, 'src/og/template'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `src/og/template/${name}`);
  return [
    ...templates,
    'src/site/topic-palette.ts',
    'src/og/rasterise.ts',
    'src/og/encode-png.ts',
    'src/og/fonts.ts',
    'src/og/font-slices.ts',
    'src/og/words/script-fonts.ts',
    'src/og/words/rtl-scripts.ts',
  ];
}

/** `name@version` of a package the rendering depends on. */
function packageVersion(root: string, name: string): string {
  const require = createRequire(join(root, 'package.json'));
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return `${name}@${manifest.version}`;
}

const computed = new Map<string, string>();

/** The render version of the project at `root`, computed once per process. */
export function renderVersion(root: string = process.cwd()): string {
  const known = computed.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of sourceFiles(root))
    hash
      .update(`${file}\n`)
      .update(readFileSync(join(root, file)))
      .update('\n');
  for (const font of fontFiles(root)) hash.update(`${font.name} ${font.weight}\n`).update(readFileSync(font.path)).update('\n');
  for (const name of ['satori', '@resvg/resvg-js', ...scriptFonts.map((font) => font.packageName)])
    hash.update(`${packageVersion(root, name)}\n`);
  const version = hash.digest('hex').slice(0, 16);
  computed.set(root, version);
  return version;
}
