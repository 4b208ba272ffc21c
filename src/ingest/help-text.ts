/** What `npm run ingest -- --help` prints after the usage line. */
export const HELP_TEXT = `
Turns news articles into articles/<slug>.md, the form the build reads.

Inputs, in the order given:
  FILE        a .txt file (first line is the headline, every other line a paragraph), a .md file (with or
              without front matter) or a saved web page (.html, .htm; the article is found with Readability)
  FOLDER      every .txt, .md, .markdown, .html and .htm file directly in it, sorted by name; sub-folders,
              hidden files and links are skipped (a browser's story_files/ folder is not read)
  URL         an http or https address, fetched now (never at build time): an HTML answer is required,
              5 MB at most, within the --timeout

Fields (flags win over what the input says about itself, except a .md file's front matter):
  --outlet NAME          the publication; else the page's og:site_name, then JSON-LD publisher.name
  --published DATE       the publication day, YYYY-MM-DD; else article:published_time, then JSON-LD datePublished
  --url URL              the original address; else the canonical link, og:url, JSON-LD url, then the
                         address a page was fetched from
  --wire NAME            the wire service whose copy it carries; else the body's credit (KYIV (Reuters) -)
  --dateline PLACE       the dateline; else the place that opens the body (KYIV/WASHINGTON, Nov 23 -)
An input that gives no outlet or day, and no flag for it, is an error that names the flag to pass.

Cleaning: headline repeats, datelines and wire credits (kept as fields), comment and newsletter prompts,
photo and video credits and captions, advertisement lines, related links, reporting credits, time stamps,
share prompts, copyright lines and live-page prompts are removed; the patterns are in src/ingest/words/.

Options:
  --out DIR              folder to write into (default: articles)
  --force                overwrite an existing article, and write a body that duplicates one
  --show-removed         list every removed line with its reason
  --timeout SECONDS      time limit for fetching one page (default: 30)
  -h, --help             this text

Each article written is reported with where each field came from and what was removed. Problems are one
line each; the other inputs still go ahead, and the exit code is 1 when any input failed.

Examples:
  npm run ingest -- ~/Downloads/story.html
  npm run ingest -- https://example.org/news/story --outlet "Example News"
  npm run ingest -- saved/ --published 2025-11-23 --show-removed
`.trimEnd();
