import { describe, expect, it } from 'vitest';
import type { Participant } from '../../src/core/model.ts';
import { exclusionHeadlines } from '../../src/lib/views/meeting-view.ts';
import { articleOf } from '../helpers/model-parts.ts';

const country = (id: string, name: string, aliases: string[] = []): Participant => ({ id, name, kind: 'country', affiliation: null, roles: [], roleSources: [], aliases, registered: true, mentions: [] });
const participants = [country('ukraine', 'Ukraine', ['Kyiv']), country('russia', 'Russia')];

describe('exclusionHeadlines', () => {
  it.each([
    ['Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine.', true],
    ['Europe sidelined as Russia and the US talk', true],
    ['Kyiv left out of Riyadh talks', true],
    ['Talks to go on without delay, officials say', false],
    ['Ukraine and Russia resume talks in Istanbul', false],
    ['Ukrainians without power after strikes', false],
  ])('%s → %s', (title, found) => {
    const article = { ...articleOf('a', '2025-08-16'), title };
    expect(exclusionHeadlines([article], [...participants, country('europe', 'Europe')]).length > 0).toBe(found);
  });
});
