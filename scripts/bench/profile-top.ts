/**
 * The top entries of a V8 CPU profile (`node --cpu-prof`): self time per function and total time per
 * source file of the project, so a slow stage shows by name.
 *
 * Usage: node scripts/bench/profile-top.ts FILE.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One row of the summary. */
export interface ProfileEntry {
  /** `function (file:line)`, or a file path. */
  name: string;
  /** Milliseconds. */
  ms: number;
  /** Share of all samples, in percent. */
  percent: number;
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '~/')
    .replace(/^.*?\/(src|scripts)\//, '$1/');

/** Self time per function and inclusive time per project file (a file counted once per sample). */
export function summariseProfile(profile: Profile, top = 25): { functions: ProfileEntry[]; files: ProfileEntry[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    total += delta;
    const node = byId.get(id);
    if (!node) return;
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} (${shortUrl(frame.url)}:${frame.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (/\/(src|scripts)\//.test(url) && !url.includes('node_modules')) seen.add(shortUrl(url));
    }
    for (const file of seen) files.set(file, (files.get(file) ?? 0) + delta);
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((ms / total) * 1000) / 10 }));
  return { functions: rows(self), files: rows(files) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const summary = summariseProfile(JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Profile, Number(values.top));
  for (const [title, rows] of [
    ['self time by function', summary.functions],
    ['inclusive time by project file', summary.files],
  ] as const) {
    process.stdout.write(`\n${title}\n`);
    for (const row of rows) process.stdout.write(`${String(row.ms).padStart(8)} ms ${String(row.percent).padStart(5)} %  ${row.name}\n`);
  }
}
