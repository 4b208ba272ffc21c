/**
 * What a built site weighs: the size of the output folder, the largest HTML page, the pages over a size
 * limit, and for each kind of page the CSS and JavaScript it loads (linked stylesheets and scripts, read
 * from the HTML, plus inline ones). A page kind is its path with every segment after the first made `*`
 * (`topics/territory/` → `topics/*`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Weights of one kind of page. */
export interface PageKind {
  /** `home`, `topics/*`, `sources`, ... */
  kind: string;
  /** Pages of this kind. */
  pages: number;
  /** Largest page of the kind, in bytes. */
  largestHtml: number;
  /** Path of that page. */
  largestPage: string;
  /** Most CSS one page of the kind loads, in bytes. */
  css: number;
  /** Most JavaScript one page of the kind loads, in bytes. */
  js: number;
  /** Script files the kind's pages load. */
  scripts: string[];
}

/** Weights of a whole site. */
export interface SiteWeights {
  /** Bytes of every file in the output folder. */
  totalBytes: number;
  /** Files in the output folder. */
  files: number;
  /** Bytes of HTML. */
  htmlBytes: number;
  /** Bytes of PNG images (share cards). */
  pngBytes: number;
  /** HTML pages. */
  pages: number;
  /** The largest page and its size in bytes. */
  largest: { page: string; bytes: number };
  /** Pages over the limit, largest first. */
  overLimit: { page: string; bytes: number }[];
  /** Per kind of page, in order of kind. */
  kinds: PageKind[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** `topics/territory/index.html` → `topics/*`; `index.html` → `home`. */
export function pageKind(page: string): string {
  const parts = page.split('/').slice(0, -1);
  if (parts.length === 0) return page === 'index.html' ? 'home' : page.replace(/\.html$/, '');
  return [parts[0], ...parts.slice(1).map(() => '*')].join('/');
}

/** Attribute value of `name` in one tag. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The CSS and JavaScript a page loads: linked files resolved inside the site, plus inline code. */
export function pageAssets(html: string, page: string, dist: string, base = '/'): { css: number; js: number; scripts: string[] } {
  const sizeOf = (href: string): number => {
    const path = href.split(/[?#]/)[0] ?? '';
    const local = path.startsWith(base) ? path.slice(base.length) : posix.join(posix.dirname(page), path);
    try {
      return statSync(join(dist, local)).size;
    } catch {
      return 0;
    }
  };
  let css = 0;
  let js = 0;
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && /\bstylesheet\b/i.test(attribute(tag, 'rel') ?? '')) css += sizeOf(href);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += Buffer.byteLength(body ?? '');
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${attributes ?? ''}>`;
    const type = attribute(tag, 'type');
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attribute(tag, 'src');
    if (src) {
      js += sizeOf(src);
      scripts.push(src);
    } else js += Buffer.byteLength(body ?? '');
  }
  return { css, js, scripts };
}

/** Weighs the site in `dist`; pages over `limit` bytes are listed. */
export function weighSite(dist: string, limit = 150 * 1024): SiteWeights {
  const files = walk(dist).sort();
  const kinds = new Map<string, PageKind>();
  const weights: SiteWeights = {
    totalBytes: 0,
    files: files.length,
    htmlBytes: 0,
    pngBytes: 0,
    pages: 0,
    largest: { page: '', bytes: 0 },
    overLimit: [],
    kinds: [],
  };
  for (const file of files) {
    const bytes = statSync(file).size;
    weights.totalBytes += bytes;
    if (file.endsWith('.png')) weights.pngBytes += bytes;
    if (!file.endsWith('.html')) continue;
    const page = relative(dist, file).split(sep).join('/');
    weights.pages += 1;
    weights.htmlBytes += bytes;
    if (bytes > weights.largest.bytes) weights.largest = { page, bytes };
    if (bytes > limit) weights.overLimit.push({ page, bytes });
    const kind = pageKind(page);
    const assets = pageAssets(readFileSync(file, 'utf8'), page, dist);
    const entry = kinds.get(kind) ?? { kind, pages: 0, largestHtml: 0, largestPage: '', css: 0, js: 0, scripts: [] };
    entry.pages += 1;
    if (bytes > entry.largestHtml) Object.assign(entry, { largestHtml: bytes, largestPage: page });
    entry.css = Math.max(entry.css, assets.css);
    entry.js = Math.max(entry.js, assets.js);
    for (const script of assets.scripts) if (!entry.scripts.includes(script)) entry.scripts.push(script);
    kinds.set(kind, entry);
  }
  weights.overLimit.sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1));
  weights.kinds = [...kinds.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return weights;
}
