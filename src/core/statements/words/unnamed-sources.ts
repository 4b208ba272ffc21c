/**
 * Head nouns of an unnamed source that speaks for a side ("a senior U.S. official", "Ukrainian officials", "a
 * Kremlin aide", "a source from the European delegation"): the statement counts for that country or body. From
 * the attribution conventions of wire copy (AP Stylebook "anonymous sources"; Reuters Handbook of Journalism,
 * "Sourcing"). Lowercase, singular and plural.
 */
export const unnamedSourceNouns: readonly string[] = [
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'representatives',
  'negotiator',
  'negotiators',
  'delegation',
  'delegations',
  'government',
  'administration',
  'ministry',
  'side',
  'leaders',
  'leadership',
  'authorities',
  'envoy',
  'envoys',
  'team',
  'lawmakers',
  'countries',
  'nations',
  'allies',
  'partners',
  'capitals',
  'statement',
  'readout',
  'office',
  'presidency',
  'cabinet',
];

/**
 * Unnamed sources that stand beside the one a possessive names, not for it: "Ukraine's allies" are not Ukraine.
 * A modifier still gives their side ("European allies").
 */
export const besideNouns: readonly string[] = ['allies', 'partners', 'backers', 'supporters'];

/**
 * Head nouns of a document that states a side's position ("Europe's proposal rejects ...", "the European plan does
 * not bar ...", "a US document that called for ..."): it speaks for its author, named by a possessive or a modifier.
 */
export const documentNouns: readonly string[] = [
  'proposal',
  'proposals',
  'plan',
  'plans',
  'draft',
  'drafts',
  'document',
  'documents',
  'framework',
  'text',
  'memo',
  'memorandum',
  'letter',
  'declaration',
  'communique',
  'resolution',
  'counterproposal',
  'counter-proposal',
  'initiative',
];
