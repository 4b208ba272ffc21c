/**
 * Where the built site will be served: `SITE_URL` when set, else the `site` field of `src/content/briefing.yaml`,
 * else nowhere known. With no address the site uses relative addresses, and leaves out what a standard wants
 * absolute (share-card tags, feeds, sitemap): see the README's "Deploying". Read by `astro.config.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_INPUT_PATHS } from './load-inputs.ts';

/** The site's address and where it came from. */
export interface SiteAddress {
  /** Absolute `http` or `https` address of the site's root (the base path comes after it), or null. */
  url: string | null;
  /** Where the address was set. */
  from: 'SITE_URL' | 'briefing.yaml' | null;
}

/** True for an absolute `http:` or `https:` address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The `site` field of the settings file, if it has a usable one; a bad one is reported by the input check. */
function settingsSite(root: string): string | null {
  const path = resolve(root, DEFAULT_INPUT_PATHS.settings);
  if (!existsSync(path)) return null;
  try {
    const site = (parseYaml(readFileSync(path, 'utf8')) as { site?: unknown } | null)?.site;
    return typeof site === 'string' && isWebAddress(site) ? site : null;
  } catch {
    return null;
  }
}

/** The site address for a project at `root`. A `SITE_URL` that is not a web address stops the build with a message. */
export function siteAddress(root: string, env: Record<string, string | undefined>): SiteAddress {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    if (!isWebAddress(fromEnv))
      throw new Error(`SITE_URL must be an http or https address, such as https://briefing.example.org; got "${fromEnv}"`);
    return { url: fromEnv, from: 'SITE_URL' };
  }
  const fromSettings = settingsSite(root);
  return fromSettings ? { url: fromSettings, from: 'briefing.yaml' } : { url: null, from: null };
}
