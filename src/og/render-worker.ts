/**
 * A render thread: loads the fonts once, then draws each card it is sent and stores it in the cache.
 * Started by `render-pool.ts` from its source path, so Node runs it directly (type stripping), also
 * when the code that starts it was bundled by Astro.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storeCard } from './card-cache.ts';
import { loadFonts } from './fonts.ts';
import { renderCard } from './render-card.ts';
import type { RenderJob, RenderReply, WorkerSetup } from './render-pool.ts';

const setup = workerData as WorkerSetup;
loadFonts(setup.root);

parentPort?.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    storeCard(setup.cacheDir, job.key, await renderCard(job.content));
    reply = { key: job.key, error: null };
  } catch (error) {
    reply = { key: job.key, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
