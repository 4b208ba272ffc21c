/**
 * Verbs that report speech or a stated position in news copy, in the forms wire copy uses (past tense and
 * present "says"). Drawn from the attribution verbs of AP and Reuters style guides' examples, trimmed to
 * those that mark the grammatical subject as the one speaking.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stressed', 'stresses', 'insisted', 'insists',
  'argued', 'argues', 'claimed', 'claims', 'urged', 'urges', 'proposed', 'proposes', 'rejected', 'rejects',
  'demanded', 'demands', 'indicated', 'indicates', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'noted',
  'notes', 'announced', 'announces', 'declared', 'declares', 'confirmed', 'confirms', 'denied', 'denies', 'signalled',
  'signaled', 'signals', 'expressed', 'expresses', 'suggested', 'suggests', 'acknowledged', 'acknowledges',
  'threatened', 'threatens', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'wrote', 'writes',
  'posted', 'posts', 'reiterated', 'reiterates', 'thanked', 'thanks', 'described', 'describes', 'called', 'calls',
  'welcomed', 'welcomes', 'dismissed', 'dismisses', 'predicted', 'predicts', 'hoped', 'hopes', 'believes', 'believed',
];
