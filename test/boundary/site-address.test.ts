/** siteAddress: SITE_URL first, then `site` in briefing.yaml, else none; a SITE_URL that is no web address stops the build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/boundary/load-inputs.ts';
import { isWebAddress, siteAddress } from '../../src/boundary/site-address.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dossier-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder whose briefing.yaml has `yaml` as its text (null: no file at all). */
function project(name: string, yaml: string | null): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'content'), { recursive: true });
  if (yaml !== null) writeFileSync(join(root, 'src', 'content', 'briefing.yaml'), yaml);
  return root;
}

const SETTINGS = 'title: T\ndescription: D\n';

describe('siteAddress', () => {
  it.each([
    ['neither set', null, SETTINGS, { url: null, from: null }],
    ['no settings file', null, null, { url: null, from: null }],
    ['SITE_URL alone', 'https://briefing.example.org', SETTINGS, { url: 'https://briefing.example.org', from: 'SITE_URL' }],
    [
      'site in briefing.yaml alone',
      null,
      `${SETTINGS}site: https://news.example.net\n`,
      { url: 'https://news.example.net', from: 'briefing.yaml' },
    ],
    [
      'both: SITE_URL wins',
      'http://staging.example.org',
      `${SETTINGS}site: https://news.example.net\n`,
      { url: 'http://staging.example.org', from: 'SITE_URL' },
    ],
    [
      'an empty SITE_URL is unset',
      '  ',
      `${SETTINGS}site: https://news.example.net\n`,
      { url: 'https://news.example.net', from: 'briefing.yaml' },
    ],
    ['a site that is no web address is left to the input check', null, `${SETTINGS}site: ftp://example.org\n`, { url: null, from: null }],
    ['a settings file that does not parse', null, 'title: [\n', { url: null, from: null }],
  ])('%s', (name, env, yaml, expected) => {
    expect(siteAddress(project(name.replace(/\W+/g, '-'), yaml), env === null ? {} : { SITE_URL: env })).toEqual(expected);
  });

  it.each(['example.org', 'javascript:alert(1)', 'file:///etc/passwd', '/briefing/'])(
    'refuses SITE_URL=%s with a message naming it',
    (value) => {
      expect(() => siteAddress(project('refused', SETTINGS), { SITE_URL: value })).toThrow(
        `SITE_URL must be an http or https address, such as https://briefing.example.org; got "${value}"`,
      );
    },
  );
});

describe('the site field of briefing.yaml', () => {
  it.each([
    ['https://briefing.example.org', []],
    ['ftp://example.org', ['site: expected an http or https address, such as https://briefing.example.org']],
    ['briefing.example.org', ['site: expected an http or https address, such as https://briefing.example.org']],
  ])('%s is checked with the other inputs', (site, expected) => {
    const root = project(`check-${site.replace(/\W+/g, '-')}`, `${SETTINGS}site: ${site}\n`);
    mkdirSync(join(root, 'articles'));
    const errors = loadInputs(root).errors.map((error) => `${error.field}: ${error.message}`);
    expect(errors).toEqual(expected);
  });
});

describe('isWebAddress', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org:8080/briefing/', true],
    ['example.org', false],
    ['mailto:desk@example.org', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });
});
