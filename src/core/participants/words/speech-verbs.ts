/**
 * Verbs that report speech, lowercase, in the forms wire copy uses. From the reporting-verb
 * lists of the AP Stylebook ("said" entry) and common attribution verbs in Reuters copy.
 * Also read by the quotes stage.
 */
export const speechVerbs: string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'stated',
  'note', 'notes', 'noted',
  'write', 'writes', 'wrote',
  'post', 'posted',
  'declare', 'declared',
  'insist', 'insisted',
  'argue', 'argued',
  'warn', 'warns', 'warned',
  'explain', 'explained',
  'ask', 'asked',
  'reply', 'replied',
  'respond', 'responded',
  'continue', 'continued',
  'announce', 'announced',
  'comment', 'commented',
  'remark', 'remarked',
  'stress', 'stressed',
  'emphasise', 'emphasised', 'emphasize', 'emphasized',
  'acknowledge', 'acknowledged',
  'admit', 'admitted',
  'claim', 'claimed',
  'recall', 'recalled',
  'urge', 'urged',
  'concede', 'conceded',
  'confirm', 'confirmed',
  'predict', 'predicted',
  'vow', 'vowed',
  'promise', 'promised',
  'caution', 'cautioned',
  'complain', 'complained',
  'joke', 'joked',
  'quip', 'quipped',
  'observe', 'observed',
  'threaten', 'threatened',
  'reiterate', 'reiterated',
  'maintain', 'maintained',
  'tweet', 'tweeted',
];

/** Words that may stand between a speaker and the speech verb ("Peskov has also said", "Lavrov later told"). */
export const speechAuxiliaries: string[] = [
  'has', 'had', 'have', 'also', 'later', 'earlier', 'then', 'previously', 'again', 'once',
  'further', 'separately', 'repeatedly', 'reportedly', 'publicly', 'privately', 'would', 'will',
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'too', 'himself', 'herself', 'recently', 'subsequently',
];

/**
 * Speech verbs whose subject is nearly always a person, not a company or an agency ("Umerov
 * told reporters", "Budanov insisted"). Only these make a lone capitalised word a person.
 */
export const personalSpeechVerbs: string[] = [
  'told', 'tells', 'added', 'adds', 'insisted', 'argued', 'admitted', 'joked', 'quipped',
  'conceded', 'recalled', 'urged', 'vowed', 'complained', 'replied', 'wrote', 'tweeted',
];

/** Speech verbs that may come before their speaker ("…,” said Peskov.", "according to" aside). */
export const invertedSpeechVerbs: string[] = ['said', 'says', 'added', 'adds', 'wrote', 'continued', 'explained', 'insisted', 'noted', 'asked', 'replied'];
