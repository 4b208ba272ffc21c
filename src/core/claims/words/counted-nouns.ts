/**
 * Nouns that count the same thing under different names, folded to one head so that a figure's
 * value can be compared across reports: a plan "of 28 points" and one "narrowed to 19 proposals";
 * "26 nations" and "26 countries". Hand-made from how wire copy words the size of a peace plan, of
 * a coalition, of an army ("an 800,000-strong army" / "800,000 troops") and of a toll. Keys are plain words (stemmed when read); values are the shared head.
 */
export const countedNouns: Readonly<Record<string, string>> = {
  point: 'point',
  proposal: 'point',
  provision: 'point',
  item: 'point',
  clause: 'point',
  nation: 'country',
  country: 'country',
  state: 'country',
  soldier: 'troop',
  troop: 'troop',
  serviceman: 'troop',
  army: 'troop',
  military: 'troop',
  force: 'troop',
  personnel: 'troop',
  prisoner: 'prisoner',
  pow: 'prisoner',
  captive: 'prisoner',
  hostage: 'prisoner',
  death: 'death',
  dead: 'death',
  killed: 'death',
  casualty: 'death',
  toll: 'death',
  life: 'death',
};
