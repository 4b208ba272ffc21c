/**
 * Wire-style paragraphs the corpus adds to recombined ones, so the analysis meets titled people, quotes with
 * speakers, dated meetings and figures it has never seen. Each template is a small named function.
 */
import { MONTHS, SPEECH_VERBS, SUBJECTS, WEEKDAYS } from './corpus-words.ts';
import { between, pick, type Random } from './prng.ts';

/** A generated person of the corpus cast. */
export interface CastMember {
  /** Full name. */
  name: string;
  /** Last word of the name. */
  surname: string;
  /** Country served. */
  country: string;
  /** Adjective of the country ("Turkish"). */
  adjective: string;
  /** Title written before the name ("Foreign Minister"). */
  title: string;
  /** Role written in apposition ("foreign minister"). */
  role: string;
}

/** What a template may draw on: the article's people, venue, outlet and year. */
export interface ParagraphContext {
  /** At least two cast members. */
  cast: CastMember[];
  /** Venue of the talks. */
  place: string;
  /** Outlet of the article. */
  outlet: string;
  /** Year of publication. */
  year: number;
}

type Template = (random: Random, context: ParagraphContext) => string;

function two(random: Random, cast: CastMember[]): [CastMember, CastMember] {
  const first = pick(random, cast);
  const others = cast.filter((member) => member !== first);
  return [first, others.length > 0 ? pick(random, others) : first];
}

const titledStatement: Template = (random, { cast, place }) => {
  const person = pick(random, cast);
  return `${person.adjective} ${person.title} ${person.name} said on ${pick(random, WEEKDAYS)} that ${person.country} was ready to discuss ${pick(random, SUBJECTS)} at talks in ${place}.`;
};

const quotedStatement: Template = (random, { cast }) => {
  const person = pick(random, cast);
  return `"We will not accept any agreement that ignores ${pick(random, SUBJECTS)}," ${person.surname} ${pick(random, SPEECH_VERBS)}.`;
};

const appositiveQuote: Template = (random, { cast }) => {
  const person = pick(random, cast);
  return `"There is progress, but there is no deal yet," said ${person.name}, ${person.country === 'United States' ? 'the' : `${person.country}'s`} ${person.role}.`;
};

const datedMeeting: Template = (random, { cast, place, year, outlet }) => {
  const [first, second] = two(random, cast);
  return `${first.name} met ${second.adjective} ${second.title} ${second.name} in ${place} on ${pick(random, MONTHS)} ${between(random, 1, 28)}, ${year}, ${outlet} reported.`;
};

const figures: Template = (random, { cast }) => {
  const person = pick(random, cast);
  return `Under the draft, ${between(random, 2, 60)},000 troops would stay in reserve and about $${between(random, 5, 90)} billion would go to reconstruction, ${person.surname} said.`;
};

const nextRound: Template = (random, { cast, place }) => {
  const [first, second] = two(random, cast);
  return `${first.surname} and ${second.surname} are expected to hold another round in ${place} next ${pick(random, WEEKDAYS)}, officials said, after ${between(random, 2, 9)} hours of talks on ${pick(random, SUBJECTS)}.`;
};

/** Every template, drawn from at random. */
export const TEMPLATES: readonly Template[] = [titledStatement, quotedStatement, appositiveQuote, datedMeeting, figures, nextRound];

/** One generated paragraph of one or two sentences. */
export function generateParagraph(random: Random, context: ParagraphContext): string {
  const first = pick(random, TEMPLATES)(random, context);
  return random() < 0.4 ? `${first} ${pick(random, TEMPLATES)(random, context)}` : first;
}
