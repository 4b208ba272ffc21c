/**
 * The editorial data a new story starts with (`npm run new-story`): settings with its title, an empty register,
 * no places, and one example topic whose comments say what each field does. Paths are relative to the
 * editorial data folder. The example topic is about who takes part, a question every story has, with cues that
 * hold for any kind of story.
 */
import { stringify } from 'yaml';

/** A YAML scalar on one line, quoted when it needs to be. */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** The id, and file name, of the example topic. */
export const EXAMPLE_TOPIC = 'example';

function settingsFile(title: string, description: string): string {
  return `# Briefing-wide settings: the title on every page and the description used in feeds and meta tags.
title: ${scalar(title)}
description: ${scalar(description)}
`;
}

const REGISTER_FILE = `# The participant register: the people, bodies and countries the coverage names often, one entry each.
# \`npm run register -- --list\` shows the people found in the articles but not listed here, and
# \`npm run register -- --accept ID...\` adds them. People not listed are still found when the text shows they are
# people (a title, a role, a speech verb). An entry (shape: RegistryEntry in src/core/model.ts):
#
# - id: jane-doe                 # lowercase letters, digits and hyphens; the page address
#   name: Jane Doe
#   kind: person                 # person, organization or country
#   affiliation: Example Party   # what it belongs to, or null
#   aliases: [J. Doe]            # other names the coverage uses
`;

const PLACES_FILE = `# Places the coverage names that are not countries or capitals (those the analysis knows already): towns,
# regions, venues. A place listed here is never taken for a person's name. One name a line, as the articles
# write it:
#
# - Port Example
`;

const EXAMPLE_TOPIC_FILE = `---
# An example topic: one file per question the briefing answers (docs/topics.md explains every field and the
# cue syntax). Rename the file and the id together: the id is the page's address, /topics/${EXAMPLE_TOPIC}/.
id: ${EXAMPLE_TOPIC}
# The name in menus and headings, and the question the page answers.
title: Who takes part
question: Who meets whom, in what format, and who is left out?
# Position in menus and lists, lowest first.
order: 1
# One of blue, rust, green, purple, teal, magenta, gold, slate; without it, the first colour no other topic has.
colour: purple
# The topic about who takes part: its page also lists the meetings and formats the coverage names. At most one
# topic has this role; delete these two lines in the copies you make for other questions.
role: participants
# The story's own names for formats of talks, beside the generic ones (summit, call, delegation ...).
formats: []
# A sentence is filed here when the weights of the distinct cues it contains add up to the threshold.
threshold: 1
# Words and phrases, lowercase: weight 1 decides alone, 0.5 needs another cue, 0 keeps shorter cues inside it
# from counting. \`npm run cues -- ${EXAMPLE_TOPIC}\` suggests more from the articles.
cues:
  - { term: met, weight: 1 }
  - { term: meet, weight: 1 }
  - { term: meeting*, weight: 1 }
  - { term: talks, weight: 0.7 }
  - { term: delegation*, weight: 1 }
  - { term: negotiat*, weight: 0.5 }
  - { term: not invited, weight: 1 }
  - { term: left out, weight: 1 }
  - { term: met with criticism, weight: 0 }
---

The introduction to the topic page, in Markdown (tables allowed): a few lines of background a reader needs
before the evidence. Replace this text.
`;

/** Every starter file of a story called `title`, by path inside the editorial data folder. */
export function starterFiles(
  title: string,
  description = `What the coverage says about ${title}, every statement linked to its source.`,
): Record<string, string> {
  return {
    'briefing.yaml': settingsFile(title, description),
    'participants.yaml': REGISTER_FILE,
    'places.yaml': PLACES_FILE,
    [`topics/${EXAMPLE_TOPIC}.mdx`]: EXAMPLE_TOPIC_FILE,
  };
}
