/**
 * Light verbs: verbs that carry little meaning of their own and take their sense from the noun after them ("made an
 * offer", "issued a warning", "renewed a call"). With a stance noun (`stance-nouns.ts`) they state what the stance
 * verb would. A closed class, listed by hand.
 */
export const lightVerbs: readonly string[] = ['make', 'give', 'issue', 'renew', 'intensify', 'deliver', 'lodge', 'extend', 'send', 'step'];
