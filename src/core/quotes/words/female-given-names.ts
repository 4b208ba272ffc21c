/**
 * Female given names, folded lowercase, used only to tell whether "she" can refer to a person.
 * A short hand list of women in politics and diplomacy who appear in coverage of this story,
 * plus the commonest English given names (US Social Security Administration top names).
 * A person whose first name is not here counts as a possible "he".
 */
export const femaleGivenNames: string[] = [
  'fiona', 'kaja', 'ursula', 'giorgia', 'kamala', 'hillary', 'karoline', 'tulsi', 'annalena',
  'mette', 'yulia', 'olena', 'maria', 'marie', 'iryna', 'olha', 'oksana', 'tammy', 'kristi',
  'pam', 'susie', 'nikki', 'condoleezza', 'madeleine', 'angela', 'theresa', 'liz', 'kemi',
  'yvette', 'rachel', 'jacinda', 'sanna', 'ingrida', 'maia', 'valentina', 'svetlana', 'elvira',
  'natalia', 'anna', 'elizabeth', 'mary', 'patricia', 'jennifer', 'linda', 'barbara', 'susan',
  'jessica', 'sarah', 'karen', 'lisa', 'nancy', 'betty', 'margaret', 'sandra', 'ashley',
  'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda', 'melissa', 'deborah',
  'stephanie', 'laura', 'helen', 'samantha', 'katherine', 'christine', 'emma', 'julia',
  'victoria', 'catherine', 'anne', 'jane', 'alice', 'claire', 'sophie', 'marta', 'agnieszka',
];
