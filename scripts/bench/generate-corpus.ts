/**
 * A deterministic synthetic corpus: N articles recombined from the project's articles, with registered
 * people swapped for a generated cast, other outlets and wires, dates across a year, other numbers and
 * venues, and generated wire-style paragraphs. Article i depends only on the seed and i, so the corpus of
 * N + 1 articles is the corpus of N plus one file.
 *
 * Usage: npm exec -- node scripts/bench/generate-corpus.ts --count N --out DIR [--seed 1] [--from articles]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine, usageError } from '../../src/cli/parse-command-line.ts';
import {
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  OUTLET_NOUNS,
  OUTLET_PLACES,
  PLACES,
  SEED_VENUES,
  SUBJECTS,
  TITLES,
  WIRES,
} from './corpus-words.ts';
import { generateParagraph, type CastMember } from './generated-paragraphs.ts';
import { between, mixSeed, mulberry32, pick, sample, type Random } from './prng.ts';
import { readRegisteredPeople, readSourceArticles, type RegisteredPerson, type SourceArticle } from './corpus-sources.ts';

/** What the corpus is made from. */
export interface CorpusSources {
  /** Articles whose paragraphs are recombined. */
  articles: SourceArticle[];
  /** Registered people whose names are swapped for generated ones. */
  people: RegisteredPerson[];
}

/** One generated article file. */
export interface CorpusFile {
  /** File name (`<slug>.md`). */
  name: string;
  /** Whole file: front matter and body. */
  text: string;
}

/** Cast member `index`: the same person for a seed whatever the corpus size. */
export function castMember(seed: number, index: number): CastMember {
  const random = mulberry32(mixSeed(seed, `cast-${index}`));
  const first = pick(random, FIRST_NAMES);
  // Walking the surnames by index keeps the first 3,600 people distinct.
  const surname = LAST_NAMES[(index + Math.floor(index / LAST_NAMES.length)) % LAST_NAMES.length] as string;
  const country = pick(random, COUNTRIES);
  const title = pick(random, TITLES);
  return { name: `${first} ${surname}`, surname, country: country.name, adjective: country.adjective, ...title };
}

/** The cast grows with the story: article i may name the first 40 + i / 8 people. */
function castSize(index: number): number {
  return 40 + Math.floor(index / 8);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Swaps every form of each replaced person, and the seed venues, in one paragraph. */
function substitute(paragraph: string, swaps: Map<RegisteredPerson, CastMember>, place: string, random: Random): string {
  let text = paragraph;
  for (const [person, member] of swaps) {
    for (const form of person.fullForms) text = text.replace(new RegExp(`\\b${escapeRegExp(form)}\\b`, 'g'), member.name);
    text = text.replace(new RegExp(`\\b${escapeRegExp(person.surname)}\\b`, 'g'), member.surname);
  }
  for (const venue of SEED_VENUES) text = text.replace(new RegExp(`\\b${venue}\\b`, 'g'), place);
  // Numbers change, years stay: days of the month stay days, larger numbers keep their digit count.
  return text.replace(/\b\d+(?:\.\d+)?\b/g, (number) => {
    const [digits = '', decimals] = number.split('.');
    if (decimals !== undefined) return `${between(random, 1, 9)}.${between(random, 1, 9)}`;
    const value = Number(digits);
    if (digits.length === 4 && value >= 1900 && value <= 2099) return digits;
    if (value >= 1 && value <= 31) return String(between(random, 1, 28));
    return String(between(random, 10 ** (digits.length - 1), 10 ** digits.length - 1));
  });
}

/** `2025-01-01` plus `days`. */
function dayOfYear(days: number): string {
  return new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Article `index` of the corpus. */
export function generateArticle(seed: number, index: number, sources: CorpusSources): CorpusFile {
  const random = mulberry32(mixSeed(seed, `article-${index}`));
  const published = dayOfYear(between(random, 0, 364));
  const place = pick(random, PLACES);
  const outlet = `The ${pick(random, OUTLET_PLACES)} ${pick(random, OUTLET_NOUNS)}`;
  const wire = random() < 0.45 ? pick(random, WIRES) : null;
  const base = pick(random, sources.articles);
  const other = pick(random, sources.articles);
  const basePicked = sample(random, base.paragraphs, between(random, Math.min(5, base.paragraphs.length), base.paragraphs.length));
  const raw = [
    ...basePicked,
    ...sample(
      random,
      other.paragraphs.filter((paragraph) => !basePicked.includes(paragraph)),
      between(random, 1, 2),
    ),
  ];

  // Each registered person the paragraphs name is swapped, with probability 0.6, for a distinct cast member.
  const joined = raw.join('\n');
  const present = sources.people.filter((person) =>
    [...person.fullForms, person.surname].some((form) => new RegExp(`\\b${escapeRegExp(form)}\\b`).test(joined)),
  );
  const swapped = present.filter(() => random() < 0.6);
  const cast = sample(
    random,
    Array.from({ length: castSize(index) }, (_, i) => i),
    swapped.length + between(random, 2, 3),
  ).map((i) => castMember(seed, i));
  const swaps = new Map(swapped.map((person, i) => [person, cast[i] as CastMember]));
  const chosen = raw.map((paragraph) => substitute(paragraph, swaps, place, random));
  const context = { cast, place, outlet, year: Number(published.slice(0, 4)) };
  for (let extra = between(random, 1, 3); extra > 0; extra -= 1) {
    chosen.splice(between(random, 1, chosen.length), 0, generateParagraph(random, context));
  }

  const lead = cast[0] as CastMember;
  const title = `${lead.surname} and ${(cast[1] as CastMember).surname} discuss ${pick(random, SUBJECTS)} in ${place}`;
  const slug = `${published}-${slugify(title)}-${index}`;
  const front = [
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(outlet)}`,
    `published: ${published}`,
    ...(random() < 0.5 ? [`url: https://news.example/${slug}`] : []),
    ...(random() < 0.5 ? [`dateline: ${place.toUpperCase()}`] : []),
    ...(wire ? [`wire: ${JSON.stringify(wire)}`] : []),
  ];
  return { name: `${slug}.md`, text: `---\n${front.join('\n')}\n---\n\n${chosen.join('\n\n')}\n` };
}

/** Articles `from` to `to - 1` of the corpus. */
export function generateCorpus(seed: number, count: number, sources: CorpusSources, from = 0): CorpusFile[] {
  return Array.from({ length: Math.max(0, count - from) }, (_, i) => generateArticle(seed, from + i, sources));
}

/** Reads the sources of the project at `root`: its articles and its participant register. */
export function readCorpusSources(root: string, articlesDir = join(root, 'articles')): CorpusSources {
  return { articles: readSourceArticles(articlesDir), people: readRegisteredPeople(join(root, 'src/content/participants.yaml')) };
}

/** Writes files into `dir`; with `clean`, first removes the `.md` files already there. */
export function writeCorpus(dir: string, files: readonly CorpusFile[], clean = true): void {
  mkdirSync(dir, { recursive: true });
  if (clean) for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
  for (const file of files) writeFileSync(join(dir, file.name), file.text);
}

const USAGE = `Usage: npm exec -- node scripts/bench/generate-corpus.ts --count N --out DIR [--seed 1] [--from DIR]

Writes a deterministic synthetic corpus of N articles (what the benchmark builds) into DIR.

Options:
  --count N   how many articles (default: 100)
  --out DIR   where the articles go (its .md files are replaced)
  --seed N    corpus seed (default: 1)
  --from DIR  articles whose paragraphs are recombined (default: articles)
  -h, --help  show this help`;

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, {
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: 'articles' },
    },
  });
  if (!values.out) usageError(USAGE, 'missing --out');
  const root = resolve(import.meta.dirname, '../..');
  const files = generateCorpus(Number(values.seed), Number(values.count), readCorpusSources(root, resolve(values.from)));
  writeCorpus(resolve(values.out), files);
  process.stdout.write(`${files.length} articles written to ${values.out}\n`);
}
