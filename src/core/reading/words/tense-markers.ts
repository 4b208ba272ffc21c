/**
 * Words that tell whether a clause speaks of the past or the future, for resolving a bare weekday
 * or month. Hand-made from English grammar references (modal and auxiliary verbs, the common
 * irregular past forms) and from the scheduling words of wire copy ("set for", "due", "ahead of").
 */

/** Words that put a clause in the future (modals, scheduling words). */
export const futureWords: readonly string[] = [
  'will', 'shall', 'would', 'might', 'may', 'could', 'should', 'can', 'must', 'going', 'gonna',
  'set', 'scheduled', 'slated', 'due', 'expected', 'planned', 'proposed',
  'ahead', 'upcoming', 'until', 'till', 'next', 'coming', 'await', 'awaits', 'awaiting', 'tomorrow',
];

/**
 * Present-tense verbs: in news copy a named weekday with the present tense is a scheduled
 * happening ("Friday's summit comes at ...", "when he meets Putin on Friday").
 */
export const presentWords: readonly string[] = [
  'is', 'are', 'am', 'comes', 'begins', 'starts', 'opens', 'takes', 'meets', 'holds', 'gets',
  'goes', 'proves', 'marks', 'aims', 'hopes', 'wants', 'heads', 'travels', 'arrives', 'resumes',
  'closes', 'ends', 'runs', 'faces', 'hosts', 'visits', 'convenes', 'gathers', 'expires',
];

/** Common irregular past forms and past auxiliaries ("has said Friday", "ago", "since"). */
export const pastWords: readonly string[] = [
  'was', 'were', 'had', 'did', 'has', 'have', 'been', 'said', 'told', 'met', 'held', 'took',
  'left', 'spoke', 'came', 'went', 'made', 'gave', 'saw', 'began', 'won', 'lost', 'sent', 'got',
  'put', 'ran', 'hit', 'struck', 'flew', 'led', 'brought', 'thought', 'kept', 'found', 'stood',
  'wrote', 'broke', 'fell', 'rose', 'drew', 'shot', 'sat', 'sought', 'paid', 'heard', 'fought',
  'shown', 'spoken', 'taken', 'given', 'seen', 'begun', 'written', 'became', 'bought', 'sold',
  'swore', 'froze', 'withdrew', 'dealt', 'shook', 'overtook', 'understood', 'undertook', 'spent',
  'built', 'meant', 'fled', 'lay', 'rode', 'stuck', 'swept', 'taught', 'threw', 'hid', 'grew',
  'knew', 'blew', 'drove', 'forgot', 'chose', 'stole', 'rang', 'sprang', 'strove', 'bled', 'fed',
  'felt', 'sank', 'slid', 'wore', 'woke', 'bore', 'forgave', 'foresaw', 'oversaw', 'upheld',
  'withheld', 'gone', 'done', 'known', 'ago', 'since', 'earlier', 'previously', 'already', 'last',
];

/** Words ending in -ed that are not past verbs, or that point forward. */
export const edExceptions: readonly string[] = [
  'need', 'needed', 'speed', 'indeed', 'hundred', 'united', 'proceed', 'exceed', 'succeed',
  'embed', 'sacred', 'naked', 'wicked', 'kindred', 'breed', 'greed', 'creed', 'unexpected',
];

/** Conjunctions whose clause, in the present tense, speaks of the future ("if his meeting on Friday proves"). */
export const subordinators: readonly string[] = ['when', 'if', 'until', 'once', 'unless', 'whether'];
