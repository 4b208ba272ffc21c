/** What `npm run register -- --help` prints. */

/** The usage line, also shown with argument errors. */
export const REGISTER_USAGE = 'usage: npm run register -- --list | --accept ID... [--articles DIR] [--content DIR] [--registry FILE]';

/** The rest of the help text. */
export const REGISTER_HELP = `
Registers people the analysis found in the articles but not in the participant register.

  --list             show each discovered person: id, name, mentions and the roles the articles state,
                     most mentioned first
  --accept ID...     append these people to the register as persons (no affiliation, no aliases yet),
                     each under a comment saying how the text named them; the file's comments and
                     layout stay as they are. Nothing is written if any id is unknown.
  --articles DIR     the articles to analyse (default: articles)
  --content DIR      the editorial data the analysis reads: topics/, participants.yaml, places.yaml
                     (default: src/content)
  --registry FILE    the register (default: participants.yaml in the editorial data folder)
  -h, --help         this text

Example:
  npm run register -- --list
  npm run register -- --accept jane-doe john-roe`.trimEnd();
