/**
 * The contract between the analysis and everything that renders it.
 *
 * Every interface here is plain, JSON-serialisable data. Ids are derived from content
 * (file names, positions in an article, names), never from discovery order, so the same
 * articles always give the same ids. Dates are ISO strings with an explicit precision.
 */

/** How exact a date is: a whole year, a month, or one day. */
export type Precision = 'day' | 'month' | 'year';

/** A participant's kind. */
export type ParticipantKind = 'person' | 'organization' | 'country';

/** A validated article as the boundary hands it to the core. */
export interface ArticleInput {
  /** Slug: the file name without `.md`; unique, lowercase ASCII. */
  slug: string;
  /** Project-relative path of the source file, for messages (`articles/x.md`). */
  file: string;
  /** Headline. */
  title: string;
  /** Publication that printed it. */
  outlet: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  /** Original address (http or https), or null when unknown. */
  url: string | null;
  /** Dateline place (`WASHINGTON`), or null. */
  dateline: string | null;
  /** Wire service whose copy the article carries (`Reuters`), or null for own reporting. */
  wire: string | null;
  /** Markdown body, front matter removed, line ends normalised to `\n`. */
  body: string;
}

/** One cue term of a topic definition. */
export interface TopicCue {
  /** A lowercase word or phrase; `*` at the end matches any word ending (`negotiat*`). */
  term: string;
  /** How much this cue counts towards the topic (1 = an ordinary cue). */
  weight: number;
}

/**
 * A topic's colour: a name from the site's fixed palette (`TOPIC_COLOURS`), whose light and dark values are in the
 * stylesheet and pass contrast checks, so pages need no inline style.
 */
export type TopicColour = 'blue' | 'rust' | 'green' | 'purple' | 'teal' | 'magenta' | 'gold' | 'slate';

/** What a topic does beyond its question: `participants` is the topic about who takes part. */
export type TopicRole = 'participants';

/** A topic as defined by editors (front matter of `src/content/topics/<id>.mdx`). */
export interface TopicDefinition {
  /** Stable id, also the URL segment (`guarantees`). */
  id: string;
  /** Short title (`Security guarantees`). */
  title: string;
  /** The question the topic page answers. */
  question: string;
  /** Position in menus and lists (ascending). */
  order: number;
  /** Weighted cue terms and phrases. */
  cues: TopicCue[];
  /** Score a sentence needs to be filed under the topic. */
  threshold: number;
  /** Palette colour; absent: the first colour no other topic takes, in `order`. */
  colour?: TopicColour;
  /** `participants` for the topic about who takes part (its page lists formats of talks); absent for the others. */
  role?: TopicRole;
  /** The story's own names for formats of talks (`contact group`), beside the generic ones; only with a role. */
  formats?: string[];
}

/** A participant as registered by editors (`src/content/participants.yaml`). */
export interface RegistryEntry {
  /** Stable id (`donald-trump`). */
  id: string;
  /** Display name (`Donald Trump`). */
  name: string;
  /** Person, organisation or country. */
  kind: ParticipantKind;
  /** What the participant belongs to (`United States`), or null. */
  affiliation: string | null;
  /** Other names that refer to it (`Zelenskiy`, `the Kremlin`). */
  aliases: string[];
}

/** Everything the core needs: validated articles and editorial data. */
export interface AnalysisInput {
  /** Briefing title shown on the home page. */
  title: string;
  /** Non-draft articles, in any order (the core sorts them). */
  articles: ArticleInput[];
  /** Topic definitions. */
  topics: TopicDefinition[];
  /** Registered participants. */
  registry: RegistryEntry[];
  /** Places the story's coverage names besides countries and capitals (`Donbas`), never people; may be empty. */
  places?: string[];
  /** Offsets from UTC in hours, standard time, of the story's places that editorial data gives, by lowercase name. */
  placeOffsets?: Record<string, number>;
}

/** Why a sentence was filed under a topic. */
export interface TopicAssignment {
  /** Topic id. */
  topic: string;
  /** The cue terms that matched, as written in the topic definition. */
  cues: string[];
  /** Name of the rule that made the assignment (`cue-score`, `inherit-from-previous`, ...). */
  rule: string;
  /** The score the cues reached (0 for inherited assignments). */
  score: number;
}

/** One sentence of an article, exactly as cleaned. */
export interface Sentence {
  /** `<article id>#s-<n>`: also the anchor on the source page. */
  id: string;
  /** Article id (slug). */
  article: string;
  /** 1-based position in the article. */
  index: number;
  /** 1-based paragraph number in the article (anchor `#p<n>`). */
  paragraph: number;
  /** The exact sentence text, quote marks kept. */
  text: string;
  /** Topic ids, in topic order. */
  topics: string[];
  /** Why each topic was assigned. */
  assignments: TopicAssignment[];
  /** Participant ids mentioned, in order of first mention. */
  participants: string[];
}

/** An analysed article. */
export interface Article {
  /** Slug. */
  id: string;
  /** Headline. */
  title: string;
  /** Publication. */
  outlet: string;
  /** Wire service, or null. */
  wire: string | null;
  /** `YYYY-MM-DD`. */
  published: string;
  /** Original address, or null. */
  url: string | null;
  /** Dateline place, or null. */
  dateline: string | null;
  /** Who the reporting belongs to: the wire when there is one, otherwise the outlet. */
  sourceKey: string;
  /** Number of paragraphs. */
  paragraphs: number;
  /** Sentences in order. */
  sentences: Sentence[];
}

/** A topic with the sentences filed under it. */
export interface Topic {
  /** Topic id. */
  id: string;
  /** Title. */
  title: string;
  /** The question the topic answers. */
  question: string;
  /** Palette colour of its labels and cards: the definition's, or the first one free in topic order. */
  colour: TopicColour;
  /** `participants` for the topic about who takes part, else null. */
  role: TopicRole | null;
  /** The story's own names for formats of talks, from the definition (empty for most topics). */
  formats: string[];
  /** Sentence ids, in article then sentence order. */
  sentences: string[];
}

/** A stated role of a participant, with the sentence that states it. */
export interface Role {
  /** The role as the text puts it (`U.S. Secretary of State`). */
  role: string;
  /** Sentence id that states it. */
  sentence: string;
}

/** A person, organisation or country that takes part in the story. */
export interface Participant {
  /** Stable id derived from the name (`marco-rubio`). */
  id: string;
  /** Display name. */
  name: string;
  /** Person, organisation or country. */
  kind: ParticipantKind;
  /** Affiliation from the registry, or null. */
  affiliation: string | null;
  /** Distinct roles as stated (text only). */
  roles: string[];
  /** Each role with its source sentence. */
  roleSources: Role[];
  /** Every surface form in the articles that resolved to this participant, sorted. */
  aliases: string[];
  /** True when the participant is in the registry; false when discovered in the text. */
  registered: boolean;
  /** Sentence ids that mention the participant, in article then sentence order. */
  mentions: string[];
}

/** A direct quotation. */
export interface Quote {
  /** `<article id>#q-<n>`. */
  id: string;
  /** The sentence where the quote starts. */
  sentence: string;
  /** Every sentence the quote spans. */
  sentences: string[];
  /** The quoted words, without the outer quote marks. */
  text: string;
  /** Participant id of the speaker, or null when the text does not say who spoke. */
  speaker: string | null;
  /** Name of the attribution rule that chose the speaker, or null. */
  attribution: string | null;
}

/** Something a participant said, in their own quoted words or in reported speech. */
export interface Statement {
  /** Participant id of the speaker. */
  participant: string;
  /** Sentence id. */
  sentence: string;
  /** `quote` when the sentence carries their quoted words, `reported` for reported speech ("Rubio said that ..."). */
  kind: 'quote' | 'reported';
  /** Name of the rule that found it. */
  rule: string;
}

/** A dated happening mentioned in an article. */
export interface TimelineEvent {
  /** `<article id>#e-<n>`. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, by precision. */
  date: string;
  /** How exact the date is. */
  precision: Precision;
  /** Sentence id. */
  sentence: string;
  /** The sentence text. */
  text: string;
  /** The words that carried the date (`said Thursday`, `in February 2022`). */
  evidence: string;
}

/**
 * One happening as every report of it tells it: the events of one date and precision whose clauses
 * tell the same kind of happening (a meeting, a call, a statement, a decision, an attack) and name
 * the same people or places. One article may tell it in several sentences, several articles each
 * once; the timeline shows it once, with all its sources.
 */
export interface Happening {
  /** `h-<hash>` derived from its event ids. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, by precision: the date its events share. */
  date: string;
  /** How exact the date is. */
  precision: Precision;
  /** The clause that tells it, from its earliest report, date words left out (`Trump and Putin meet in Anchorage`). */
  line: string;
  /** True when every report of it looked ahead to it (it had not happened when they were written). */
  scheduled: boolean;
  /** Its event ids, in timeline order (each event belongs to one happening at most: none when its date only counts back, as "since 2019" does). */
  events: string[];
}

/** A number with what it counts. */
export interface Figure {
  /** `<article id>#f-<n>`. */
  id: string;
  /** Sentence id. */
  sentence: string;
  /** The number as written (`28-point`, `a fifth`, `thousands`). */
  value: string;
  /** What it counts (`points in the peace plan`). */
  about: string;
  /** Kind of quantity: `points`, `share`, `people`, `money`, `distance`, `duration`, `time`, `count`. */
  kind: string;
}

/** Reports of the same fact across articles. */
export interface Claim {
  /** `c-<hash>` derived from the member sentence ids. */
  id: string;
  /**
   * `fact` for sentences that state one fact; `spelling` for a name the sources spell differently (its values are
   * the spellings, its sentences the first use of each in each article).
   */
  kind: 'fact' | 'spelling';
  /** For a fact, the centre sentence's text: every other member states the same fact as it. For a spelling, what differs. */
  summary: string;
  /** Member sentence ids, centre first, then by publication date. */
  sentences: string[];
  /** Distinct outlets, sorted. */
  outlets: string[];
  /** Distinct sources of reporting: wire copy counts once. */
  independentSources: number;
  /**
   * `corroborated` (2+ independent sources), `single-source`, `disputed` (sources give different values
   * at the same time), or `updated` (a later value supersedes an earlier one: a plan of 28 points, then 22).
   */
  status: 'corroborated' | 'single-source' | 'disputed' | 'updated';
  /** When disputed: the differing values, side by side; when updated: the values in the order first reported; each as `value (outlet)`. */
  values?: string[];
  /** Topic ids of the member sentences. */
  topics: string[];
  /** Earliest publication date among members. */
  firstReported: string;
}

/** The whole analysis: what every page, card, feed and `briefing.json` renders. */
export interface Briefing {
  /** Version of this shape. */
  schemaVersion: 1;
  /** Briefing title. */
  title: string;
  /** Latest publication date (`YYYY-MM-DD`), or null when there are no articles. */
  asOf: string | null;
  /** Articles, newest first, then by id. */
  articles: Article[];
  /** Topics in definition order. */
  topics: Topic[];
  /** Participants: people first, then organisations, then countries; by mentions, then name. */
  participants: Participant[];
  /** Quotes in article order. */
  quotes: Quote[];
  /** Statements in article order: who said what, quoted or reported. */
  statements: Statement[];
  /** Events by date, then sentence. */
  events: TimelineEvent[];
  /** Happenings by date, then their first event: the events grouped into one entry per happening. */
  happenings: Happening[];
  /** Figures in article order. */
  figures: Figure[];
  /** Claims: facts, most independent sources first; then names spelled differently, by participant. */
  claims: Claim[];
}
