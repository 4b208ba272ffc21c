/**
 * Female given names, folded lowercase, used only to tell whether "she" can refer to a person.
 * A short hand list of women in politics and diplomacy who appear in coverage of this story,
 * plus the commonest English given names (US Social Security Administration top names).
 * A person whose first name is not here, and does not end in -a (see below), counts as a possible "he".
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

/**
 * Given names that end in -a but belong to men (Slavic short forms, Italian and Arabic names).
 * Any other given name ending in -a is read as a woman's: the ending marks feminine names in
 * Ukrainian, Russian, Polish, Baltic and Romance usage (Orysia, Olena, Yulia, Giorgia).
 */
export const maleNamesEndingInA: string[] = [
  'nikita', 'mykyta', 'ilya', 'illia', 'mykola', 'nikola', 'nicola', 'luca', 'luka', 'andrea', 'foma',
  'kuzma', 'savva', 'sasha', 'misha', 'kostya', 'vanya', 'dima', 'zhenya', 'kolya', 'petya', 'vasya',
  'tolya', 'borya', 'joshua', 'mustafa', 'musa', 'isa', 'hamza', 'osama', 'attila', 'gianluca', 'akira',
];
