/**
 * Appends people to the participant register's YAML text with the `yaml` package's Document API, so every
 * comment, blank line and flow list (`aliases: [Kyiv, Kiev]`) already in the file stays exactly as it
 * was. Each new entry is a person with no affiliation and no aliases, under a comment saying how the text
 * named them, for an editor to complete.
 */
import { isSeq, parseDocument, type Document } from 'yaml';
import { registrySchema } from '../boundary/editorial-schemas.ts';
import type { DiscoveredPerson } from './discovered-people.ts';

/** Options that print the file as it was written by hand (no spaces inside `[...]`, no line folding). */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** One line of comment text: no line breaks or control characters, at most `max` characters. */
function commentText(text: string, max = 120): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The comment above a new entry: `Found in the text: "Ukraine's chief negotiator"; 12 mentions.` */
function noteFor(person: DiscoveredPerson): string {
  const role = person.roles[0] ? `"${commentText(person.roles[0])}"; ` : '';
  return ` Found in the text: ${role}${person.mentions} mention${person.mentions === 1 ? '' : 's'} (npm run register).`;
}

/** The register text with `people` appended. Throws an `Error` with a one-line message when it cannot. */
export function appendEntries(registerText: string, people: readonly DiscoveredPerson[]): string {
  const doc: Document = parseDocument(registerText);
  const problem = doc.errors[0];
  if (problem) throw new Error(`the register is not valid YAML: ${problem.message.split('\n')[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode([]);
  const list = doc.contents;
  if (!isSeq(list)) throw new Error('the register is not a list of entries');
  people.forEach((person, position) => {
    const node = doc.createNode({ id: person.id, name: commentText(person.name, 200), kind: 'person', affiliation: null, aliases: [] });
    node.commentBefore = noteFor(person);
    if (position === 0 && list.items.length > 0) node.spaceBefore = true;
    list.items.push(node);
  });
  const text = doc.toString(PRINT);
  const checked = registrySchema.safeParse(parseDocument(text).toJS());
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`the register would not be valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return text;
}
