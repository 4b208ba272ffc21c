/** "Where things stand" and "What is next" as plain text, one line each, for golden files and readable diffs. */
import type { Briefing } from '../../src/core/model.ts';
import { indexBriefing } from '../../src/site/data/briefing-index.ts';
import { whatIsNext } from '../../src/site/views/whats-next.ts';
import { whereThingsStand, type StandLine } from '../../src/site/views/where-things-stand.ts';

function label(line: StandLine): string {
  if (line.holder) return `statement by ${line.holder.name}`;
  if (line.states.length > 0)
    return `${line.claim?.status}: ${line.states.map((state) => `${state.value} (${state.article?.published ?? '?'})`).join(' → ')}`;
  const happening = line.happening ? `, all of ${line.happening.line} (${line.happening.date}); one of them` : '';
  return `fact, ${line.claim?.independentSources} independent sources${happening}`;
}

/** The block as text: the day, then per topic its lines with their sentence ids; then what is next. */
export function standText(briefing: Briefing): string {
  const index = indexBriefing(briefing);
  const view = whereThingsStand(briefing, index);
  const lines = [`Where things stand as of ${view.asOf ?? 'no articles'}`];
  for (const { topic, lines: own } of view.topics) {
    lines.push(`${topic.title}:`);
    for (const line of own)
      lines.push(
        `  ${line.date} · ${label(line)}: ${line.parts.map((part) => part.text).join(' ')} [${line.parts.map((part) => part.id).join(', ')}]`,
      );
  }
  lines.push('What is next:');
  for (const { entry, who, where } of whatIsNext(briefing, index).shown) {
    lines.push(
      `  ${entry.happening.date} (${entry.happening.precision}) scheduled: ${entry.lead.map((part) => part.text).join(' ')} · who: ${who.map((p) => p.name).join(', ') || '-'} · where: ${where ?? '-'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
