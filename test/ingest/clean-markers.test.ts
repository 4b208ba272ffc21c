import { describe, expect, it } from 'vitest';
import { dropOrphanQuote } from '../../src/ingest/clean/drop-orphan-quote.ts';
import { takeDateline } from '../../src/ingest/clean/take-dateline.ts';
import { takeWireCredit } from '../../src/ingest/clean/take-wire-credit.ts';
import { applyOnce, state } from './clean-state.ts';

describe('take-dateline', () => {
  it.each([
    [['WASHINGTON', 'Rubio said.'], 'WASHINGTON', null, ['Rubio said.']],
    [['ANCHORAGE:', 'Trump said.'], 'ANCHORAGE', null, ['Trump said.']],
    [['KYIV, Ukraine', 'Zelenskyy said.'], 'KYIV', null, ['Zelenskyy said.']],
    [['ANCHORAGE: US President Donald Trump met Putin.'], 'ANCHORAGE', null, ['US President Donald Trump met Putin.']],
    [['KYIV, Ukraine (AP) — Yermak said.'], 'KYIV', 'AP', ['Yermak said.']],
    [['MOSCOW, Aug 15 (Reuters) - Peskov said.'], 'MOSCOW', 'Reuters', ['Peskov said.']],
    [['ABU DHABI (Reuters) - Driscoll met Umerov.'], 'ABU DHABI', 'Reuters', ['Driscoll met Umerov.']],
    [['ST. PETERSBURG — Putin said.'], 'ST. PETERSBURG', null, ['Putin said.']],
    [['GENÈVE: Talks resumed.'], 'GENÈVE', null, ['Talks resumed.']],
    [['KYIV/WASHINGTON, Nov 23 (Reuters) - Umerov flew to Geneva.'], 'KYIV/WASHINGTON', 'Reuters', ['Umerov flew to Geneva.']],
    [['MOSCOW / KYIV (AP) — Both sides traded drone strikes.'], 'MOSCOW/KYIV', 'AP', ['Both sides traded drone strikes.']],
    [['BRUSSELS/LONDON', 'Allies met.'], 'BRUSSELS/LONDON', null, ['Allies met.']],
    [['Jerusalem/Cairo.', 'Mediators met again.'], 'Jerusalem/Cairo', null, ['Mediators met again.']],
    [['Jerusalem/Cairo. Mediators met again on Monday.'], 'Jerusalem/Cairo', null, ['Mediators met again on Monday.']],
    [['Tel Aviv/Gaza City – Shelling went on overnight.'], 'Tel Aviv/Gaza City', null, ['Shelling went on overnight.']],
    [['Kyiv (AFP) - Sirens sounded across the capital.'], 'Kyiv', 'AFP', ['Sirens sounded across the capital.']],
  ])('%j → dateline %s, wire %s', (input, dateline, wire, rest) => {
    const step = takeDateline.apply(state(input));
    expect(step?.state.dateline).toBe(dateline);
    expect(step?.state.wire).toBe(wire);
    expect(step?.state.paragraphs).toEqual(rest);
  });

  it.each([
    ['BREAKING: Trump and Putin agree to meet again.'],
    ['NATO: allies will not send troops, Rutte said.'],
    ['US President Donald Trump met Putin.'],
    ['U.S. officials said talks would resume.'],
    ['TRUMP: PEACE IS VERY CLOSE'],
    ['EU - Ukraine talks resume in Brussels.'],
    ['COVID-19 rules were lifted.'],
    ['Rubio said Washington - not Moscow - would decide.'],
    ['Trump/Putin: the summit that changed nothing'],
    ['Kyiv - the capital - woke to sirens.'],
    ['Moscow. The word hung over the talks.'],
    ['EU/NATO - allies met in Brussels.'],
    ['KYIV/WASHINGTON: TALKS COLLAPSE'],
  ])('is not fooled by %j', (line) => {
    expect(takeDateline.apply(state([line]))).toBeNull();
  });

  it('takes only the first dateline', () => {
    expect(takeDateline.apply(state(['KYIV', 'Text.'], { dateline: 'WASHINGTON' }))).toBeNull();
  });
});

describe('take-wire-credit', () => {
  it.each([
    [
      ['A potential compromise could involve halting aerial warfare. – Reuters'],
      'Reuters',
      ['A potential compromise could involve halting aerial warfare.'],
    ],
    [['Body.', '- AP'], 'AP', ['Body.']],
    [['Lavrov spoke to reporters. (AFP)'], 'AFP', ['Lavrov spoke to reporters.']],
    [['Body.', 'Reuters'], 'Reuters', ['Body.']],
    [['Talks resume on Monday. — Associated Press'], 'Associated Press', ['Talks resume on Monday.']],
    [['Dmitriev met Witkoff in Miami.—Bloomberg'], 'Bloomberg', ['Dmitriev met Witkoff in Miami.']],
  ])('%j → wire %s', (input, wire, rest) => {
    const step = takeWireCredit.apply(state(input));
    expect(step?.state.wire).toBe(wire);
    expect(step?.state.paragraphs).toEqual(rest);
  });

  it.each([
    ['Putin might accept a frozen conflict, Reuters reported.'],
    ['The plan was first reported by Reuters'],
    ['Yermak said the talks were hard - and necessary.'],
    ['The map was drawn up by the reporter (AP style guide aside).'],
    ['Officials from the ap region met.'],
  ])('leaves %j alone', (line) => {
    expect(takeWireCredit.apply(state(['Body.', line]))).toBeNull();
  });

  it('removes a closing credit for the agency the dateline named, but not another one', () => {
    expect(takeWireCredit.apply(state(['Text. (AP)'], { wire: 'AP' }))?.state.paragraphs).toEqual(['Text.']);
    expect(takeWireCredit.apply(state(['Text. (AFP)'], { wire: 'AP' }))).toBeNull();
  });
});

describe('drop-orphan-quote', () => {
  it.each([
    [
      'German Chancellor Friedrich Merz also said there would be robust security guarantees. "',
      'German Chancellor Friedrich Merz also said there would be robust security guarantees.',
    ],
    ['Erdogan said talks would resume. \u201C', 'Erdogan said talks would resume.'],
    ['"We are ready," Lavrov said. "', '"We are ready," Lavrov said.'],
    ['He said: "We will not give up. "', 'He said: "We will not give up. "'],
    ['Vance said "it is close" and left.', 'Vance said "it is close" and left.'],
  ])('%j → %j', (input, expected) => {
    expect(applyOnce(dropOrphanQuote, [input])).toEqual([expected]);
  });
});
