/**
 * Kinds of happening that news copy dates, each with the verbs and nouns that tell it, lowercase
 * and inflected as written: "the talks" of one sentence refer back to the "held talks" of another
 * (see `context/rules/definite-happening-rule.ts`), not to its drone strike, and two reports of one
 * day are one happening only when they tell the same kind (and name the same people or places: see
 * `group-happenings.ts`). Hand-made from the
 * reporting and event vocabulary of wire style guides (Reuters and AP "said" and "told", meeting,
 * call and attack wording) and this story's coverage. "War" is not here: a war is the backdrop of
 * most sentences, not a happening of one day.
 */
export const happeningKinds: Readonly<Record<string, readonly string[]>> = {
  meeting: [
    'meet', 'meets', 'met', 'meeting', 'meetings', 'summit', 'summits', 'talks', 'discussions',
    'discussed', 'negotiations', 'negotiated', 'negotiating', 'session', 'round', 'conference', 'gathering',
    'host', 'hosts', 'hosted', 'hosting', 'sat', 'consultations',
  ],
  visit: ['visit', 'visits', 'visited', 'visiting', 'trip', 'arrive', 'arrives', 'arrived', 'arrival', 'landed', 'flew', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'],
  call: ['call', 'calls', 'called', 'phone', 'phoned', 'telephone', 'conversation'],
  statement: [
    'say', 'says', 'said', 'tell', 'tells', 'told', 'stated', 'statement', 'announce',
    'announces', 'announced', 'announcement', 'warn', 'warns', 'warned', 'confirm', 'confirms',
    'confirmed', 'declared', 'insisted', 'remarks', 'comments', 'interview', 'briefing',
    'briefed', 'posted', 'post', 'wrote', 'address', 'speech', 'message', 'threatened',
    'reported', 'described', 'welcomed',
  ],
  decision: [
    'agree', 'agreed', 'agreement', 'sign', 'signed', 'signing', 'approve', 'approved', 'reject',
    'rejected', 'accept', 'accepted', 'vote', 'voted', 'decree', 'sanctions', 'sanctioned',
    'imposed', 'pledge', 'pledged', 'deadline', 'unveiled', 'unveil', 'presented', 'proposed',
    'submitted', 'shelved', 'cancelled', 'canceled', 'postponed', 'suspended', 'adopted',
  ],
  attack: [
    'strike', 'strikes', 'struck', 'attack', 'attacks', 'attacked', 'drone', 'drones', 'missile',
    'missiles', 'shelling', 'killed', 'bombing', 'offensive', 'invasion', 'invaded', 'captured', 'seized', 'advanced', 'launched', 'fired',
  ],
};

/**
 * Nouns of happenings that a later sentence refers back to with "the" or a possessive ("the talks",
 * "Zelensky's visit", "the announcement"): a phrase that ends in one of them names a happening.
 */
export const happeningNouns: readonly string[] = [
  'meeting', 'meetings', 'summit', 'talks', 'discussions', 'negotiations', 'session', 'round',
  'conference', 'gathering', 'visit', 'trip', 'arrival', 'call', 'conversation', 'announcement',
  'statement', 'speech', 'address', 'interview', 'briefing', 'vote', 'election', 'deadline',
  'agreement', 'signing', 'ceremony', 'attack', 'strike', 'invasion', 'offensive', 'decision',
  'remarks', 'comments', 'sanctions', 'announcements', 'truce', 'ceasefire', 'deal',
];
