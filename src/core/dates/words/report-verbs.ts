/**
 * Verbs that report news in a lead ("..., Peskov said", "Kyiv announced ..."), in the forms wire copy
 * writes them. From the attribution verbs of the AP Stylebook ("said" and its alternatives) and
 * Reuters' handbook ("said", "told", "announced"). Past forms, and the present only for "says" and
 * "tells": a lead in the present of any other verb ("Europe's plan rejects ...") describes rather
 * than reports.
 */
export const reportVerbs: readonly string[] = [
  'said', 'says', 'told', 'tells', 'announced', 'confirmed', 'warned', 'stated', 'declared',
  'reported', 'insisted', 'urged', 'vowed', 'pledged', 'claimed', 'accused', 'rejected', 'agreed',
  'unveiled', 'noted', 'stressed', 'emphasised', 'emphasized', 'added', 'explained', 'revealed',
  'acknowledged', 'admitted', 'argued', 'asserted', 'signalled', 'signaled', 'suggested',
  'indicated', 'wrote', 'posted', 'denied', 'dismissed', 'called', 'demanded', 'proposed',
  'offered', 'threatened', 'criticised', 'criticized', 'welcomed', 'condemned', 'according',
];
