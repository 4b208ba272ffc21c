/**
 * Pronouns that stand for one person, which a line shown on its own replaces with the person's name in
 * brackets (`[Trump] warned of ...`), as in edited quotations (Chicago Manual of Style 13.58: brackets
 * mark words added by the editor). Possessives take the name with `'s`.
 */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];
export const PERSON_POSSESSIVES: readonly string[] = ['his', 'her'];

/** Words that may open a sentence before its pronoun subject (`But he too said ...`). */
export const LEADING_CONNECTIVES: readonly string[] = ['but', 'and', 'yet', 'so', 'still', 'however,', 'instead,', 'earlier,', 'later,'];
