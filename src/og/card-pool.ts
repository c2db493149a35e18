import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card';

/**
 * Share cards drawn in parallel: one worker thread per available core
 * (./draw-worker.ts), each drawing one card at a time from a shared queue.
 * Workers start when the first card is asked for and keep the process alive only
 * while they draw, so a build ends when its pages are written.
 */

export interface DrawRequest {
  card: ShareCard;
}

export type DrawResult = { png: Uint8Array<ArrayBuffer> } | { error: string };

export interface CardPool {
  draw(card: ShareCard): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

interface Job {
  card: ShareCard;
  resolve(png: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

export function createCardPool(workerFile: URL, size = availableParallelism()): CardPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const workers: Worker[] = [];

  const dispatch = () => {
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(worker, job);
      // A worker with a card keeps the process alive until it answers; an idle one does not.
      worker.ref();
      worker.postMessage({ card: job.card } satisfies DrawRequest);
    }
  };

  const settle = (worker: Worker, result: DrawResult) => {
    const job = running.get(worker)!;
    running.delete(worker);
    worker.unref();
    idle.push(worker);
    if ('png' in result) job.resolve(result.png);
    else job.reject(new Error(`Drawing the share card "${job.card.main.slice(0, 60)}" failed: ${result.error}`));
    dispatch();
  };

  /** A worker that dies takes its card with it, and every card still queued: the build stops with the reason. */
  const fail = (worker: Worker, error: Error) => {
    const lost = [running.get(worker), ...queue.splice(0)].filter((job) => job !== undefined);
    running.delete(worker);
    for (const job of lost) job.reject(new Error(`A share-card worker stopped: ${error.message}`));
  };

  const start = () => {
    for (let count = 0; count < Math.max(1, size); count++) {
      const worker = new Worker(workerFile);
      worker.unref();
      worker.on('message', (result: DrawResult) => settle(worker, result));
      worker.on('error', (error) => fail(worker, error));
      workers.push(worker);
      idle.push(worker);
    }
  };

  return {
    draw(card) {
      if (workers.length === 0) start();
      return new Promise((resolve, reject) => {
        queue.push({ card, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
      idle.length = 0;
    },
  };
}
