/**
 * The article front matter schema: the one place where untrusted article metadata is validated.
 * Messages are written for editors: they say what was expected and what was found.
 */
import { z } from 'zod';

/**
 * Characters that print as nothing, stripped from titles (and so from slugs): zero-width space and joiners,
 * word joiner and invisible operators (U+2060-U+2064), the byte-order mark, and every Unicode Bidi_Control
 * character (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
 */
export const INVISIBLE_CHARACTERS = /[\u200B-\u200D\u2060-\u2064\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** True when `value` is a real calendar day written as `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Shows a found value in a message: strings quoted, anything else as JSON, long values cut. */
export function describeValue(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : value instanceof Date ? 'a date-time' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `required` : `expected text, got ${describeValue(issue.input)}`) })
    .transform((value) => value.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim())
    .refine((value) => value.length > 0, { error: `must not be empty` })
    .refine((value) => value.length <= 500, { error: `${field} is longer than 500 characters` });

const optionalText = (field: string) =>
  text(field)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** A day written `YYYY-MM-DD`: YAML may hand us a string or (for unquoted dates) a Date; both must be a real day. */
export const calendarDay = () =>
  z.unknown().transform((value, context) => {
    const raw = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
    if (typeof raw === 'string' && isCalendarDate(raw)) return raw;
    context.addIssue({
      code: 'custom',
      message: value === undefined ? 'required' : `expected YYYY-MM-DD, got ${describeValue(value)}`,
    });
    return z.NEVER;
  });

const webAddress = z
  .string({ error: (issue) => `expected an http or https address, got ${describeValue(issue.input)}` })
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: (issue) => `expected an http or https address, got ${describeValue(issue.input)}` },
  );

/** Front matter of `articles/<slug>.md`. Unknown keys are refused so typos surface. */
export const articleFrontMatterSchema = z.strictObject(
  {
    title: text('title'),
    outlet: text('outlet'),
    published: calendarDay(),
    url: webAddress
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    dateline: optionalText('dateline'),
    wire: optionalText('wire'),
    draft: z
      .boolean({ error: (issue) => `expected true or false, got ${describeValue(issue.input)}` })
      .optional()
      .default(false),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field` : `expected a mapping of fields`) },
);

/** Validated front matter. */
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
