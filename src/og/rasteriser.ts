import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Turns a card's SVG into a PNG with resvg: the native build (@resvg/resvg-js, about
 * twice as fast, shipped as a prebuilt binary per platform through npm) where it
 * loads, and otherwise the WebAssembly build (@resvg/resvg-wasm), which runs
 * anywhere. Both are the same resvg, so they draw the same picture; the name says
 * which one drew it (part of a cached card's key). Loaded with the project's own
 * `require`, so that a worker thread and the build find the same packages.
 */
export interface Rasteriser {
  /** "@resvg/resvg-js 2.6.2". */
  name: string;
  toPng(svg: string): Uint8Array;
}

interface ResvgModule {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Uint8Array } };
}

const OPTIONS = { fitTo: { mode: 'original' } };

/** The version in the package.json beside one of the package's files (resvg-wasm exports no package.json). */
async function versionBeside(file: string): Promise<string> {
  return (JSON.parse(await readFile(join(dirname(file), 'package.json'), 'utf8')) as { version: string }).version;
}

async function native(require: NodeJS.Require): Promise<Rasteriser> {
  const { Resvg } = require('@resvg/resvg-js') as ResvgModule;
  const version = await versionBeside(require.resolve('@resvg/resvg-js'));
  return { name: `@resvg/resvg-js ${version}`, toPng: (svg) => new Resvg(svg, OPTIONS).render().asPng() };
}

async function webAssembly(require: NodeJS.Require): Promise<Rasteriser> {
  const { initWasm, Resvg } = require('@resvg/resvg-wasm') as ResvgModule & { initWasm(wasm: Buffer): Promise<void> };
  const wasm = require.resolve('@resvg/resvg-wasm/index_bg.wasm');
  await initWasm(await readFile(wasm));
  return { name: `@resvg/resvg-wasm ${await versionBeside(wasm)}`, toPng: (svg) => new Resvg(svg, OPTIONS).render().asPng() };
}

export async function loadRasteriser(require: NodeJS.Require): Promise<Rasteriser> {
  try {
    return await native(require);
  } catch {
    // No prebuilt binary for this platform (or it would not load): the WebAssembly build draws the same.
    return webAssembly(require);
  }
}
