import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCache } from './card-cache';

/**
 * Tells the share-card endpoint (src/pages/og/) where things are, which page code
 * cannot know by itself once Vite has bundled it: the folder of Astro's cache
 * directory the cards are kept in between builds, this folder (the drawing code
 * the card workers load, and whose bytes key the cache), and the project's root
 * (whose node_modules the rasteriser is loaded from). Given as a virtual module.
 * At the end of a build, cards no build has used for a month leave the cache.
 */
export const SHARE_CARD_SETTINGS_MODULE = 'virtual:crocus-reader/share-card-settings';

export interface ShareCardSettings {
  cacheFolder: string;
  drawingFolder: string;
  root: string;
}

export function shareCards(): AstroIntegration {
  let cacheFolder = '';
  return {
    name: 'crocus-reader:share-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheFolder = fileURLToPath(new URL('share-cards/', config.cacheDir));
        const settings: ShareCardSettings = {
          cacheFolder,
          drawingFolder: fileURLToPath(new URL('./', import.meta.url)),
          root: fileURLToPath(config.root),
        };
        const resolved = `\0${SHARE_CARD_SETTINGS_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'crocus-reader:share-card-settings',
                resolveId: (id: string) => (id === SHARE_CARD_SETTINGS_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneCache(cacheFolder);
        if (removed > 0) logger.info(`${removed} share cards unused for a month removed from the cache.`);
      },
    },
  };
}
