/** The registers of the stories the tests read: well formed, and the default story's has its main participants. */
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/core/reading/fold-name.ts';
import { defaultStory, secondStory } from '../../helpers/stories.ts';
import { loadRegistry } from './load-registry.ts';

describe.each([
  ['default', defaultStory],
  ['second', secondStory],
])('participants.yaml of the %s story', (_, story) => {
  const registry = loadRegistry(story);

  it('is a list of registry entries', () => {
    for (const entry of registry) {
      expect(Object.keys(entry).sort()).toEqual(['affiliation', 'aliases', 'id', 'kind', 'name']);
      expect(['person', 'organization', 'country']).toContain(entry.kind);
      expect(entry.affiliation === null || typeof entry.affiliation === 'string').toBe(true);
      expect(Array.isArray(entry.aliases)).toBe(true);
    }
  });

  it('has unique lowercase-hyphen ids', () => {
    const ids = registry.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives no name or alias to two participants', () => {
    const owners = new Map<string, string>();
    for (const entry of registry) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = name
          .replace(/^the\s+/i, '')
          .split(/\s+/)
          .map(foldName)
          .join(' ');
        expect(owners.get(key) ?? entry.id, name).toBe(entry.id);
        owners.set(key, entry.id);
      }
    }
  });
});

describe('participants.yaml of the default story', () => {
  const registry = loadRegistry();

  it.each([
    'donald-trump',
    'vladimir-putin',
    'volodymyr-zelensky',
    'jared-kushner',
    'rustem-umerov',
    'kirill-dmitriev',
    'andriy-yermak',
    'sergei-lavrov',
    'jd-vance',
    'dan-driscoll',
    'emmanuel-macron',
    'keir-starmer',
    'friedrich-merz',
    'mark-rutte',
    'yuri-ushakov',
    'dmitry-peskov',
    'nato',
    'european-union',
    'united-states',
    'russia',
    'ukraine',
    'kremlin',
  ])('registers %s', (id) => {
    expect(registry.some((entry) => entry.id === id)).toBe(true);
  });
});
