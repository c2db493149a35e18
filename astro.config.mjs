// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { markdownOptions } from './src/annotate/markdown.ts';
import { annotationTools } from './src/dev/integration.ts';
import { shareCards } from './src/og/integration.ts';

/**
 * SITE_URL (the origin) and BASE_PATH (the folder) say where dist/ will be served
 * from, so canonical, shared and feed links are absolute and right on any static
 * host. "reader", "/reader" and "/reader/" all mean the folder /reader/.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * REPORT_EMAIL is where readers report a problem with a claim: each claim's
 * "Report a problem" link writes to it, with the claim's address filled in. When it
 * is not set the links are left out, not pointed anywhere.
 */
const reportEmail = process.env.REPORT_EMAIL?.trim() || undefined;
if (reportEmail !== undefined && !/^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/.test(reportEmail)) {
  throw new Error(`REPORT_EMAIL is "${reportEmail}", which is not an email address: set it to the address reports go to, or leave it unset to show no report links.`);
}

/**
 * Says so at every build, at the start and again at the end, when the build does not
 * know where the site will be published: pages then carry no absolute address
 * (src/routes.ts `publishedSite`), and only the files that need one point at the preview.
 */
const UNPUBLISHED = 'SITE_URL is not set: this build does not know where the site will be published.';
const WITHOUT_SITE_URL = [
  UNPUBLISHED,
  '  Pages carry a relative canonical link and no Open Graph URL or share-card image (link previews show no picture);',
  '  copied links use the address the page is read at;',
  `  the feed, the sitemap and the annotation exports point at ${site}.`,
  '  Set SITE_URL to the published origin (and BASE_PATH to its folder), e.g. SITE_URL=https://reader.example.org npm run build',
];
const warnWithoutSiteUrl = {
  name: 'crocus-reader:site-url',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:start': ({ logger }) => {
      if (!process.env.SITE_URL) for (const line of WITHOUT_SITE_URL) logger.warn(line);
    },
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ logger }) => {
      if (!process.env.SITE_URL) logger.warn(UNPUBLISHED);
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  env: {
    schema: {
      REPORT_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  // annotationTools() is for `astro dev` only: a toolbar app and an endpoint that write claims into content/.
  integrations: [sitemap(), warnWithoutSiteUrl, shareCards(), annotationTools()],
  security: {
    // Hashes for every script and style Astro emits; nothing inline runs unless hashed.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Small modules that most pages' scripts share (addresses, text folding) travel as one
          // file: each request costs more in headers than these modules weigh.
          codeSplitting: { groups: [{ name: 'shared', test: /src\/(routes|text\/fold|links\/fragment-id)\.ts$/ }] },
        },
      },
    },
  },
  markdown: {
    // The pieces have no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified(markdownOptions),
  },
});
