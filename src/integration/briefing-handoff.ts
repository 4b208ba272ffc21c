/**
 * How the integration hands the analysed briefing to the pages. Both run in Astro's process, but Astro loads
 * the integration with Node and the pages through Vite (a bundle in a build, a module runner in dev), so they
 * share no module instance: the handoff is kept on `globalThis` under a registered symbol.
 */
const KEY = Symbol.for('dossier.briefing-handoff');

type Holder = { [KEY]?: Promise<string> };

/**
 * Hands over the folder the analysis step is writing (`prepared-files.ts`): `ready` resolves with it once the
 * step has finished, or rejects with the report of bad inputs. A later hand-over replaces an earlier one.
 */
export function handBriefing(ready: Promise<string>): void {
  // Rejections reach whichever page awaits them; one nobody awaits is not an unhandled rejection.
  ready.catch(() => undefined);
  (globalThis as Holder)[KEY] = ready;
}

/** The folder handed over last, once ready; null when no integration handed one (pages loaded on their own). */
export function handedBriefing(): Promise<string> | null {
  return (globalThis as Holder)[KEY] ?? null;
}
