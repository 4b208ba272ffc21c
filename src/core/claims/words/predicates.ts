/**
 * Predicates: the verbs and event nouns that say what happened or what was said to happen, grouped
 * so that two reports of one act meet however they word it ("ruled out" / "opposes" / "rejects";
 * "summit" / "met" / "held talks"). Two sentences share a fact only when they share one of these
 * groups. Hand-made from the verbs of diplomatic and war reporting in wire copy (Reuters, AP, AFP),
 * grouped the way WordNet groups verbs into synonym sets, with each verb's event noun beside it
 * ("invade" / "invasion"). Single words are matched by their stem, so list the plain form and
 * the irregular ones (a form whose stem is an everyday word of another sense, "presented" / "present", is left
 * out); entries of several words are phrasal verbs and set phrases, matched word for word in every form listed.
 * A word may stand in two groups ("talks" is a meeting and a negotiation).
 */
export const predicateGroups: Readonly<Record<string, readonly string[]>> = {
  meet: ['meet', 'met', 'meeting', 'summit', 'talks', 'gathering', 'conversation', 'host', 'hosted', 'sit down', 'sat down', 'face-to-face'],
  negotiate: ['negotiate', 'negotiation', 'negotiating', 'talks', 'discussions'],
  phone: ['phone', 'phoned', 'telephone', 'call', 'spoke by', 'conversation'],
  travel: ['travel', 'travelled', 'traveled', 'trip', 'visit', 'fly', 'flew', 'flown', 'arrive', 'arrival', 'head to', 'headed to', 'heading to', 'dispatch', 'dispatched'],
  agree: ['agree', 'agreed', 'accept', 'consent', 'reach', 'reached'],
  approve: ['approve', 'approval', 'endorse', 'ratify', 'sign off', 'signed off'],
  sign: ['sign', 'signed', 'signing', 'signature'],
  reject: [
    'reject', 'rejection', 'oppose', 'opposed', 'refuse', 'refusal', 'rebuff', 'dismiss', 'spurn', 'veto',
    'rule out', 'rules out', 'ruled out', 'ruling out', 'red line',
  ],
  propose: ['propose', 'proposed', 'suggest', 'offer', 'unveil', 'unveiled', 'float', 'floated', 'put forward', 'puts forward'],
  draft: ['drafted', 'draw up', 'drew up', 'drawn up', 'drawing up', 'author', 'authored', 'developed'],
  leak: ['leak', 'leaked', 'circulate', 'circulated', 'publish', 'published', 'disclose', 'disclosed'],
  revise: ['revise', 'revised', 'revision', 'refine', 'refined', 'amend', 'amended', 'amendment', 'rework', 'reworked', 'fine-tune', 'fine-tuned', 'updated'],
  reduce: ['reduce', 'reduced', 'reduction', 'cut', 'trim', 'trimmed', 'narrow', 'narrowed', 'shrink', 'cap', 'capped', 'limit'],
  cede: [
    'cede', 'ceding', 'concede', 'concession', 'surrender', 'relinquish', 'withdraw', 'withdrawal', 'withdrew', 'withdrawn',
    'hand over', 'handed over', 'handing over', 'handover', 'give up', 'gave up', 'giving up', 'pull out', 'pulled out',
  ],
  capture: ['capture', 'captured', 'seize', 'seized', 'occupy', 'occupied', 'occupation', 'annex', 'annexed', 'annexation'],
  control: ['control', 'controlled', 'controls'],
  regain: ['regain', 'regained', 'recapture', 'retake', 'retook', 'win back', 'won back'],
  invade: ['invade', 'invaded', 'invasion', 'offensive', 'incursion'],
  attack: ['attack', 'attacked', 'strike', 'struck', 'bomb', 'bombed', 'bombing', 'shelling', 'barrage'],
  kill: ['kill', 'killed', 'died', 'dead', 'death', 'casualties', 'wounded', 'injured'],
  swap: ['swap', 'swapped', 'exchange', 'exchanged', 'freed', 'prisoner swap'],
  halt: ['halt', 'halted', 'pause', 'paused', 'suspend', 'suspended', 'moratorium'],
  cancel: ['cancel', 'cancelled', 'canceled', 'shelve', 'shelved', 'scrap', 'scrapped', 'postpone', 'postponed', 'call off', 'called off'],
  stall: ['stall', 'stalled', 'deadlock', 'deadlocked', 'stalemate', 'impasse'],
  pledge: ['pledge', 'pledged', 'promise', 'promised', 'vow', 'vowed', 'commit', 'committed', 'commitment', 'assure', 'assured'],
  deploy: ['deploy', 'deployed', 'deployment', 'stationed', 'boots on the ground'],
  sanction: ['sanction', 'sanctioned', 'sanctioning', 'embargo', 'tariff', 'tariffs'],
  demand: ['demand', 'demanded', 'insist', 'insisted', 'require', 'required', 'requirement', 'call for', 'called for', 'calls for'],
  threaten: ['threaten', 'threatened', 'threat', 'warn', 'warned', 'warning'],
  support: ['support', 'supported', 'endorsement'],
  join: ['join', 'joined', 'membership', 'accession'],
  receive: ['receive', 'received', 'briefed'],
  lead: ['lead', 'led', 'leads', 'headed by', 'is headed', 'heads the'],
  resign: ['resign', 'resigned', 'resignation', 'step down', 'stepped down', 'sacked', 'fired', 'dismissal'],
  appoint: ['appoint', 'appointed', 'appointment', 'nominate', 'nominated'],
  accuse: ['accuse', 'accused', 'blame', 'blamed', 'allege', 'alleged'],
  start: ['launch', 'launched', 'begin', 'began', 'begun', 'start', 'started'],
  progress: ['progress', 'breakthrough', 'productive'],
};

/** Words that deny the predicate after them (within a few words): "did not agree", "never met", "won't". */
export const negations: readonly string[] = ['not', 'never', 'no', 'nor', 'cannot', 'without', 'neither'];
