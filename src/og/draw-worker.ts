import { parentPort } from 'node:worker_threads';
import { createCardDrawer } from './draw-card.ts';
import type { DrawRequest, DrawResult } from './card-pool.ts';

/**
 * A card worker (./card-pool.ts starts one per core): draws each card it is sent and
 * sends the PNG back, its bytes moved rather than copied.
 */
const port = parentPort!;
const drawer = await createCardDrawer();

port.on('message', async ({ card }: DrawRequest) => {
  try {
    // A copy of its own: the native rasteriser's buffer is memory Node cannot hand over.
    const png = new Uint8Array(await drawer.draw(card));
    port.postMessage({ png } satisfies DrawResult, [png.buffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DrawResult);
  }
});
