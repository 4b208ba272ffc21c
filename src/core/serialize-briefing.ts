import type { Briefing } from './model.ts';

/** Indents every line after the first by `pad` (JSON.stringify never puts a raw newline inside a string). */
function indented(json: string, pad: string): string {
  return json.replaceAll('\n', `\n${pad}`);
}

/**
 * `briefing.json` in pieces, one per top-level field and one per list item, so a large briefing can be
 * written out without ever holding the whole text as one string. Joined, the pieces are exactly
 * `serializeBriefing`'s output.
 */
export function* briefingJsonChunks(briefing: Briefing): Generator<string> {
  const entries = Object.entries(briefing).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (const [j, item] of value.entries()) yield `\n    ${indented(JSON.stringify(item, null, 2), '    ')}${j < value.length - 1 ? ',' : ''}`;
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), '  ')}${comma}`;
    }
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

/** The briefing as `briefing.json`: stable key order (the model's), two-space indent, one trailing newline. */
export function serializeBriefing(briefing: Briefing): string {
  return [...briefingJsonChunks(briefing)].join('');
}

/**
 * Reads `serializeBriefing`'s output back one line at a time, parsing each top-level field and each list item
 * on its own, so a large briefing is never one string. Only for text this module wrote: it relies on the
 * two-space layout (a top-level value opens at two spaces and a list item at four, each closing at the same
 * depth; JSON never has a raw newline inside a string).
 */
export function parseBriefingLines(lines: Iterable<string>): Briefing {
  const briefing: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  let pending: { key: string; lines: string[] } | null = null;
  let item: string[] = [];
  const value = (text: string) => JSON.parse(text.replace(/,$/, '')) as unknown;
  for (const line of lines) {
    if (pending) {
      pending.lines.push(line);
      if (!line.startsWith('   ')) {
        briefing[pending.key] = value(pending.lines.join('\n'));
        pending = null;
      }
    } else if (list) {
      if (line === '  ]' || line === '  ],') {
        list = null;
        continue;
      }
      item.push(line);
      // At its own depth a line either opens a multi-line item or ends the item (`    },`, `    "x",`).
      if (!line.startsWith('     ') && !(item.length === 1 && /[[{]$/.test(line))) {
        list.push(value(item.join('\n')));
        item = [];
      }
    } else if (line !== '{' && line !== '}' && line !== '') {
      const field = /^ {2}("(?:[^"\\]|\\.)*"): (.*)$/.exec(line);
      if (!field?.[1] || field[2] === undefined) throw new Error(`not a line of briefing.json: ${line.slice(0, 80)}`);
      const key = JSON.parse(field[1]) as string;
      if (field[2] === '[') briefing[key] = list = [];
      else if (field[2] === '{') pending = { key, lines: ['{'] };
      else briefing[key] = value(field[2]);
    }
  }
  if (list || pending || item.length > 0) throw new Error('briefing.json ends in the middle of a value');
  return briefing as unknown as Briefing;
}
