/**
 * Nouns that end the name of an organisation, lowercase ("Foreign Ministry", "European Council", "International
 * Monetary Fund"): the heads of the institutional names of governments, international bodies and companies, after
 * the categories of the UN Terminology Database (UNTERM) for bodies and of company registers for firms.
 */
export const organisationHeads: readonly string[] = [
  'ministry', 'council', 'commission', 'treasury', 'fund', 'agency', 'bank', 'court', 'parliament', 'committee',
  'department', 'service', 'union', 'organization', 'organisation', 'alliance', 'coalition', 'company', 'corporation',
  'directorate', 'secretariat', 'assembly', 'senate', 'congress', 'duma', 'rada', 'cabinet', 'inc', 'group', 'authority',
  'office', 'bureau', 'institute', 'foundation', 'forum', 'federation', 'association',
];
