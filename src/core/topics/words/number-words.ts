/** Cardinal numbers written as words, lowercase, as wire copy spells out counts up to twenty (AP Stylebook "numerals"). */
export const numberWords: string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
