import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment } from 'vite';
import { annotationEndpoint, type AnnotationSource } from './annotation-endpoint';
import { TOOLBAR_APP_ID } from './api';

/**
 * Annotation in the browser, for `npm run dev` only: a Dev Toolbar app that turns
 * a selection into a claim, and the dev-server endpoint that writes it into
 * content/claims/. A build has neither: the toolbar is not part of a build, and
 * the endpoint is added only when the dev server starts.
 */
/** A highlighter over a line of text. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="m14 4 6 6-8 8H6v-6z"/><path d="M3 21h18"/></svg>';

export function annotationTools(): AstroIntegration {
  let root = '';
  return {
    name: 'crocus-reader:annotation',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        addDevToolbarApp({
          id: TOOLBAR_APP_ID,
          name: 'Annotate',
          icon: ICON,
          entrypoint: new URL('./client/annotate-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (root === '' || server.config.command !== 'serve' || server.config.isProduction) return;
        const environment = server.environments.ssr;
        if (!environment || !isRunnableDevEnvironment(environment)) {
          logger.warn('The annotation endpoint needs a runnable SSR environment; annotation in the browser is off.');
          return;
        }
        const load = () => environment.runner.import<AnnotationSource>(`${root}src/dev/annotation-state.ts`);
        server.middlewares.use(annotationEndpoint(root, load));
      },
    },
  };
}
