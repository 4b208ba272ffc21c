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
      for (const [j, item] of value.entries())
        yield `\n    ${indented(JSON.stringify(item, null, 2), '    ')}${j < value.length - 1 ? ',' : ''}`;
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
