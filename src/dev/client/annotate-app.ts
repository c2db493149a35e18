import { defineToolbarApp } from 'astro/toolbar';
import { startAnnotationPanel } from './annotation-panel';

/** The Annotate app of Astro's Dev Toolbar (registered by src/dev/integration.ts, under `astro dev` only). */
export default defineToolbarApp({
  init(canvas, app) {
    startAnnotationPanel(canvas, app);
  },
});
