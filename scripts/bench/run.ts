/**
 * `npm run bench`: runs every `scripts/bench/*.bench.ts` in turn (each default-exports
 * an async function that prints its numbers), or only those whose names contain
 * one of the arguments: `npm run bench -- search`. Prints the machine first, since
 * numbers mean little without it.
 */
import { readdir } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const folder = new URL('./', import.meta.url);
const wanted = process.argv.slice(2);
const benches = (await readdir(folder))
  .filter((name) => name.endsWith('.bench.ts') && (wanted.length === 0 || wanted.some((word) => name.includes(word))))
  .sort();

const load = loadavg().map((value) => value.toFixed(1)).join(', ');
console.log(`Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown model'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, load average ${load}`);
for (const name of benches) {
  console.log(`\n## ${name.replace(/\.bench\.ts$/, '')}\n`);
  const bench = (await import(new URL(name, folder).href)) as { default: () => Promise<void> };
  await bench.default();
}
if (benches.length === 0) console.log(`No benchmark matches ${wanted.join(', ')}.`);
