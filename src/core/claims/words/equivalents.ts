/**
 * Words that wire copy uses interchangeably for the same happening, folded to one token so that
 * paraphrases match ("summit" / "meeting" / "talks"; "truce" / "ceasefire"). Hand-made from
 * parallel Reuters, AP and AFP reports of the same events. Keys are plain words (they are
 * stemmed when read); values are the shared token.
 */
export const equivalents: Readonly<Record<string, string>> = {
  summit: 'meet',
  meeting: 'meet',
  meet: 'meet',
  met: 'meet',
  talks: 'meet',
  truce: 'ceasefire',
  ceasefire: 'ceasefire',
  armistice: 'ceasefire',
  killed: 'kill',
  died: 'kill',
  dead: 'kill',
  death: 'kill',
  land: 'territory',
  territory: 'territory',
  territorial: 'territory',
  exchange: 'swap',
  trade: 'swap',
  swap: 'swap',
  proposal: 'plan',
  framework: 'plan',
  draft: 'plan',
  plan: 'plan',
  accord: 'deal',
  agreement: 'deal',
  deal: 'deal',
  troops: 'troop',
  forces: 'troop',
  soldiers: 'troop',
  official: 'official',
  representative: 'official',
  envoy: 'official',
  delegate: 'official',
  negotiator: 'official',
  warned: 'threaten',
  threatened: 'threaten',
  threat: 'threaten',
};
