/**
 * The hand annotation a briefing is scored against (`test/fixtures/gold_seeds.json` format).
 * Only the fields the scores read are typed; others are ignored.
 */

/** One annotated sentence. */
export interface GoldSentence {
  /** The sentence text as the annotators split it. */
  text: string;
  /** Gold topic ids (`guarantees`, `ceasefire`, ...). */
  topics: string[];
  /** Gold participant ids whose statement, position or decision the sentence reports (who says what). */
  holders?: string[];
  /** Annotators' note; "borderline" in it marks a doubtful call. */
  note?: string;
}

/** One annotated article. */
export interface GoldArticle {
  /** Source file name, used only to label the report. */
  file: string;
  /** Headline. */
  headline: string;
  /** Sentences in order. */
  sentences: GoldSentence[];
}

/** A participant with every name it goes by. */
export interface GoldParticipant {
  /** Gold id. */
  id: string;
  /** Display name. */
  name: string;
  /** Person, organization or country. */
  kind: string;
  /** Other names. */
  aliases: string[];
  /** Files that mention it. */
  articles: string[];
  /** Annotators' note. */
  note?: string;
}

/** A direct quotation. */
export interface GoldQuote {
  /** Source file. */
  file: string;
  /** Quoted words. */
  text: string;
  /** Gold participant id of the speaker, or null. */
  speaker: string | null;
}

/** A dated happening. */
export interface GoldEvent {
  /** Source file. */
  file: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** `day`, `month` or `year`. */
  precision: string;
  /** Words of the article that carry the date. */
  evidence: string;
}

/** A fact two or more articles state: the same fact, a value that changed, or values that differ. */
export interface GoldCrossSource {
  /** `corroborated`, `update` or `discrepancy`. */
  kind: string;
  /** The fact in the annotators' words. */
  claim: string;
  /** Files that state it. */
  files: string[];
  /** The sentences that state it. */
  sentences: Array<{ file: string; text: string }>;
}

/** The whole gold file. */
export interface GoldFile {
  /** Annotated articles. */
  articles: GoldArticle[];
  /** Participants. */
  participants: GoldParticipant[];
  /** Quotes. */
  quotes: GoldQuote[];
  /** Events. */
  events: GoldEvent[];
  /** Same-fact items across articles. */
  crossSource: GoldCrossSource[];
}

function list(value: unknown, field: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`gold file: "${field}" must be a list`);
  return value;
}

/** Checks the shape of parsed gold JSON; throws a message naming the first bad field. */
export function parseGold(json: unknown): GoldFile {
  if (typeof json !== 'object' || json === null) throw new Error('gold file: expected an object');
  const data = json as Record<string, unknown>;
  const articles = list(data.articles, 'articles') as GoldArticle[];
  articles.forEach((article, i) => {
    if (typeof article?.file !== 'string' || !Array.isArray(article.sentences)) {
      throw new Error(`gold file: articles[${i}] needs "file" and "sentences"`);
    }
    article.sentences.forEach((sentence, j) => {
      if (typeof sentence?.text !== 'string' || !Array.isArray(sentence.topics)) {
        throw new Error(`gold file: articles[${i}].sentences[${j}] needs "text" and "topics"`);
      }
    });
  });
  return {
    articles,
    participants: list(data.participants, 'participants') as GoldParticipant[],
    quotes: list(data.quotes, 'quotes') as GoldQuote[],
    events: list(data.events, 'events') as GoldEvent[],
    crossSource: (list(data.cross_source, 'cross_source') as GoldCrossSource[]).filter((item) => Array.isArray(item?.sentences)),
  };
}
