/**
 * The evaluation report as plain text for a terminal.
 */
import type { EvalReport } from './evaluate.ts';
import type { TopicScore } from './score-topic-assignments.ts';

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const num = (value: number): string => value.toFixed(3);
const clip = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function topicTable(title: string, score: TopicScore): string[] {
  const lines = [`  ${title}: macro-F1 ${num(score.macroF1)} over ${score.sentences} sentences`];
  for (const t of score.topics) {
    const target = t.mapsTo && t.mapsTo !== t.topic ? ` (${t.mapsTo})` : t.mapsTo ? '' : ' (no such topic in the briefing)';
    lines.push(
      `    ${t.topic.padEnd(14)} P ${num(t.precision)}  R ${num(t.recall)}  F1 ${num(t.f1)}  ` +
        `tp ${t.truePositives} fp ${t.falsePositives} fn ${t.falseNegatives}${target}`,
    );
  }
  return lines;
}

/** Renders the report; `misses` limits how many disagreements are listed per section. */
export function formatReport(report: EvalReport, misses = 12): string {
  const { articles, topics, participants, quotes, statements, events, claims } = report;
  const lines: string[] = [];
  lines.push(`Articles: ${articles.pairs.length} of ${articles.gold} gold articles matched`);
  for (const p of articles.pairs) lines.push(`  ${p.file} → ${p.article} (${p.shared}/${p.sentences} sentences)`);
  for (const file of articles.unmatched) lines.push(`  ${file} → no briefing article`);

  lines.push('', 'Topics');
  lines.push(...topicTable('main (without borderline)', topics.main), ...topicTable('strict (all sentences)', topics.strict));
  if (topics.unmatchedSentences > 0) lines.push(`  ${topics.unmatchedSentences} gold sentences matched no briefing sentence`);
  for (const m of topics.misses.slice(0, misses)) {
    lines.push(`    ${m.borderline ? '~' : '✗'} gold [${m.gold.join(', ')}] got [${m.predicted.join(', ')}]: ${clip(m.text)}`);
  }
  if (topics.misses.length > misses) lines.push(`    … ${topics.misses.length - misses} more`);

  lines.push('', 'Participants');
  lines.push(`  found ${participants.found}/${participants.gold} (${pct(participants.recall)})`);
  if (participants.missed.length > 0) lines.push(`  missed: ${participants.missed.join(', ')}`);
  for (const s of participants.split) lines.push(`  split: ${s.gold} → ${s.briefing.join(' + ')}`);
  for (const m of participants.merged) lines.push(`  merged: ${m.briefing} ← ${m.gold.join(' + ')}`);
  lines.push(`  junk persons (${participants.junk.length}): ${participants.junk.join(', ') || 'none'}`);

  lines.push('', 'Quotes');
  lines.push(
    `  found ${quotes.found}/${quotes.gold} (${pct(quotes.recall)}); speaker right ${quotes.speakerCorrect}/${quotes.found} (${pct(quotes.speakerAccuracy)})`,
  );
  for (const text of quotes.missed.slice(0, misses)) lines.push(`    missed: ${clip(text)}`);
  for (const w of quotes.wrongSpeaker.slice(0, misses))
    lines.push(`    speaker ${w.briefing ?? 'none'} instead of ${w.gold ?? 'none'}: ${clip(w.text, 70)}`);

  lines.push('', 'Statements (who says what)');
  lines.push(
    `  holders over ${statements.sentences} sentences: P ${num(statements.precision)}  R ${num(statements.recall)}  F1 ${num(statements.f1)}  ` +
      `tp ${statements.truePositives} fp ${statements.falsePositives} fn ${statements.falseNegatives}`,
  );
  for (const m of statements.misses.slice(0, misses))
    lines.push(`    gold [${m.gold.join(', ')}] got [${m.predicted.join(', ')}]: ${clip(m.text)}`);
  if (statements.misses.length > misses) lines.push(`    … ${statements.misses.length - misses} more`);

  lines.push('', 'Events');
  lines.push(`  found ${events.found}/${events.gold} (${pct(events.share)})`);
  if (events.evidenceNotFound > 0) lines.push(`  ${events.evidenceNotFound} with evidence in no single briefing sentence`);
  for (const text of events.missed.slice(0, misses)) lines.push(`    missed: ${clip(text)}`);

  lines.push('', 'Claims');
  lines.push(
    `  multi-source claims that are one gold fact: ${claims.correct}/${claims.multiSource} (${pct(claims.precision)}; wholly inside one: ${claims.correctStrict}; of fact claims, leaving out names spelled differently: ${claims.factCorrect}/${claims.factMultiSource})`,
  );
  lines.push(`  corroborated gold facts found: ${claims.corroboratedFound}/${claims.corroborated} (${pct(claims.recall)})`);
  lines.push(
    `  discrepancies shown: ${claims.discrepanciesShown}/${claims.discrepancies}; updates shown: ${claims.updatesShown}/${claims.updates}`,
  );
  for (const j of claims.judgements.filter((j) => !j.correct).slice(0, misses)) {
    lines.push(`    ✗ ${j.articles} articles, ${pct(j.share)} in [${clip(j.gold ?? 'no gold fact', 40)}]: ${clip(j.summary, 80)}`);
  }
  for (const claim of claims.missed.slice(0, misses)) lines.push(`    missed: ${clip(claim)}`);
  return lines.join('\n');
}
