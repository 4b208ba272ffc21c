/**
 * The build report an editor reads after a build or `npm run analyze`: what the briefing holds,
 * who was discovered in the text but is not registered yet, and what the analysis could not place.
 */
import type { Briefing } from '../core/model.ts';
import { articleOf } from '../core/ids.ts';

function share(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

/** Plain-text report, one fact a line. */
export function formatBuildReport(briefing: Briefing, notes: readonly string[] = []): string {
  const sentences = briefing.articles.flatMap((article) => article.sentences);
  const untopical = sentences.filter((sentence) => sentence.topics.length === 0).length;
  const discovered = briefing.participants.filter((participant) => !participant.registered);
  const datedArticles = new Set(briefing.events.map((event) => articleOf(event.sentence)));
  const undated = briefing.articles.filter((article) => !datedArticles.has(article.id));
  const attributed = briefing.quotes.filter((quote) => quote.speaker !== null).length;
  const facts = briefing.claims.filter((claim) => claim.kind === 'fact');
  const spellings = briefing.claims.filter((claim) => claim.kind === 'spelling');
  const lines = [
    `Briefing "${briefing.title}" as of ${briefing.asOf ?? 'no articles'}`,
    `  articles: ${briefing.articles.length} from ${new Set(briefing.articles.map((a) => a.outlet)).size} outlets, ${new Set(briefing.articles.map((a) => a.sourceKey)).size} independent sources`,
    `  sentences: ${sentences.length}, with no topic: ${untopical} (${share(untopical, sentences.length)})`,
    ...briefing.topics.map((topic) => `  topic ${topic.id}: ${topic.sentences.length} sentences`),
    `  participants: ${briefing.participants.length} (${discovered.length} discovered, not registered)`,
    `  quotes: ${briefing.quotes.length} (${attributed} attributed, ${briefing.quotes.length - attributed} with no speaker)`,
    `  events: ${briefing.events.length}; figures: ${briefing.figures.length}`,
    `  claims: ${facts.length} (${facts.filter((c) => c.status === 'corroborated').length} corroborated, ${facts.filter((c) => c.status === 'disputed').length} disputed)`,
    ...spellings.map((claim) => `  spelled differently: ${(claim.values ?? []).join(', ')}`),
  ];
  if (discovered.length > 0) {
    lines.push('Discovered people to register in src/content/participants.yaml:');
    for (const person of discovered) {
      lines.push(
        `  ${person.id}: ${person.name}${person.roles.length > 0 ? ` (${person.roles[0]})` : ''}, ${person.mentions.length} mention(s)`,
      );
    }
  }
  if (undated.length > 0) lines.push(`Articles with no dated event: ${undated.map((article) => article.id).join(', ')}`);
  if (notes.length > 0) lines.push('Read in pieces:', ...notes.map((note) => `  ${note}`));
  return lines.join('\n');
}
