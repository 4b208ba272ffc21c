/**
 * News agencies whose credit can close an article (`– Reuters`, `- AP`, `(AFP)`) or open it after the
 * dateline (`KYIV (Reuters) -`). Names as the agencies sign their copy; the list follows the members of
 * the major agency alliances (EANA, OANA) that file in English.
 */
export const wireServices: readonly string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'dpa',
  'DPA',
  'AAP',
  'PA',
  'PA Media',
  'UPI',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Ukrinform',
  'Anadolu',
  'Anadolu Agency',
  'Kyodo',
  'Yonhap',
  'EFE',
  'ANSA',
  'Bernama',
  'PTI',
  'IANS',
  'ANI',
  'CNA',
];
