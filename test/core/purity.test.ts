/** `src/core` is the pure analysis: it imports nothing from Astro, node built-ins, satori or the file system. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = join(import.meta.dirname, '..', '..', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN = [
  /^astro(?::|\/|$)/,
  /^node:/,
  /^(fs|path|os|child_process|worker_threads|crypto|url)$/,
  /^satori/,
  /^@resvg\//,
  /^@astrojs\//,
];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('src/core', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [relative(coreDir, file), file]))('%s imports nothing impure', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '');
    expect(imports.filter((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)))).toEqual([]);
    expect(text).not.toMatch(/\bDate\.now\(|\bnew Date\(\)|\bprocess\.|\bMath\.random\(/);
  });
});
