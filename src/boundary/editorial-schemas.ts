/**
 * Schemas of the editorial data that steers the analysis: topic definitions (front matter of
 * `src/content/topics/*.mdx`), the participant registry (`src/content/participants.yaml`) and the
 * briefing settings (`src/content/briefing.yaml`). Shared by the Astro content collections and the scripts.
 */
import { z } from 'zod';
import { calendarDay } from './article-schema.ts';
import type { TopicColour } from '../core/model.ts';
import { TOPIC_COLOURS } from '../core/topics/choose-colours.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id with hyphens');

/** Front matter of a topic definition. */
export const topicSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    question: z.string().min(1),
    order: z.number().int(),
    threshold: z.number().positive(),
    cues: z.array(z.strictObject({ term: z.string().min(1), weight: z.number() })).min(1),
    colour: z.enum(TOPIC_COLOURS as [TopicColour, ...TopicColour[]], { error: `expected one of ${TOPIC_COLOURS.join(', ')}` }).optional(),
    role: z.literal('participants', { error: 'expected participants, the one role a topic can have' }).optional(),
    formats: z.array(z.string().trim().min(1)).optional(),
    /** The day the editors wrote (or last revised) the background in the file's body, shown with it. */
    written: calendarDay().optional(),
  })
  .refine((topic) => topic.formats === undefined || topic.role === 'participants', {
    path: ['formats'],
    error: 'only the topic with role: participants lists formats of talks',
  });

/** One registered participant. */
export const registryEntrySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(['person', 'organization', 'country']),
  affiliation: z
    .string()
    .min(1)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  aliases: z.array(z.string().min(1)).optional().default([]),
});

/** The participant registry file: a list of entries. */
export const registrySchema = z.array(registryEntrySchema);

/**
 * The story's places besides countries and capitals (`src/content/places.yaml`): a list of names, each alone or
 * with its offset from UTC in hours, standard time (`{ name: Port Example, utcOffset: -5 }`), which lets dates
 * be read in the place's own day.
 */
export const placesSchema = z.array(
  z.union([
    z.string().trim().min(1),
    z.strictObject({
      name: z.string().trim().min(1),
      utcOffset: z.number().min(-12).max(14).multipleOf(0.25, 'expected hours in quarters, e.g. -5, 5.5 or 5.75'),
    }),
  ]),
);

/** Briefing-wide settings. */
export const briefingSettingsSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Where the site will be served (`https://briefing.example.org`); `SITE_URL` overrides it. */
  site: z.url({ protocol: /^https?$/, error: 'expected an http or https address, such as https://briefing.example.org' }).optional(),
});

/** Validated briefing settings. */
export type BriefingSettings = z.output<typeof briefingSettingsSchema>;
