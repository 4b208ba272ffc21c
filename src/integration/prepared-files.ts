/** What the analysis step (`prepare-briefing.ts`) writes into its folder, for the pages and the steps after it. */
export const PREPARED = {
  /** The analysed briefing, exactly as the site publishes it. */
  briefing: 'briefing.json',
  /** The same briefing in V8's serialisation, which the pages read (`briefing-records.ts`). */
  handoff: 'briefing.records',
  /** The briefing settings the analysis read (`src/content/briefing.yaml`). */
  settings: 'settings.json',
  /** Every page's share card: `{ image, content }[]`. */
  cards: 'cards.json',
  /** The build report, printed when the build ends. */
  report: 'report.txt',
  /** What the analysis is reading now (`stage<TAB>article`), rewritten as it goes: the build watches it. */
  status: 'status.txt',
} as const;
