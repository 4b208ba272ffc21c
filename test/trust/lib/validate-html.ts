/**
 * html-validate over every page of a built site, with the recommended rules. Only rules that conflict with
 * a deliberate choice of the site are changed, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { listFiles } from './tree.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Sentence and event anchors are named after article slugs, which start with their date (`2025-08-14-...`).
    // HTML allows any id without spaces; `relaxed` checks exactly that.
    'valid-id': ['error', { relaxed: true }],
    // A source page's title is the article's headline in full: cutting it would hide which article it is.
    'long-title': 'off',
  },
});

/** Every error of every HTML page below `dir`, one line each: `file:line:column rule: message`. */
export async function htmlErrors(dir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const file of listFiles(dir).filter((path) => path.endsWith('.html'))) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}
