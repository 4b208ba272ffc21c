/** What the analysis step of a build (`prepare-briefing.ts`) writes into its folder, for the steps after it. */
export const PREPARED = {
  /** The analysed briefing, exactly as the site publishes it. */
  briefing: 'briefing.json',
  /** Every page's share card: `{ image, content }[]`. */
  cards: 'cards.json',
  /** The build report, printed when the build ends. */
  report: 'report.txt',
} as const;
