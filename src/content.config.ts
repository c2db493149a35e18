import { defineCollection } from 'astro:content';
import { articleLoader } from './content/article-loader';
import { articleSchema } from './content/schemas/article';
import { claimSchema } from './content/schemas/claim';
import { correctionSchema } from './content/schemas/correction';
import { eventSchema } from './content/schemas/event';
import { figureSeriesSchema } from './content/schemas/figure';
import { personSchema } from './content/schemas/person';
import { registeredPageSchema } from './content/schemas/registered-page';
import { sourceSchema } from './content/schemas/source';
import { themeSchema } from './content/schemas/theme';
import { yamlListLoader } from './content/yaml-list-loader';

/** Where each collection comes from in content/, and the schema (src/content/schemas/) that checks it. */
export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: articleSchema }),
  claims: defineCollection({ loader: yamlListLoader({ pattern: 'content/claims/*.yaml', fileNameField: 'article' }), schema: claimSchema }),
  people: defineCollection({ loader: yamlListLoader({ pattern: 'content/people.yaml' }), schema: personSchema }),
  sources: defineCollection({ loader: yamlListLoader({ pattern: 'content/sources.yaml' }), schema: sourceSchema }),
  events: defineCollection({ loader: yamlListLoader({ pattern: 'content/events.yaml', positionField: 'position' }), schema: eventSchema }),
  figures: defineCollection({ loader: yamlListLoader({ pattern: 'content/figures.yaml' }), schema: figureSeriesSchema }),
  corrections: defineCollection({ loader: yamlListLoader({ pattern: 'content/corrections.yaml' }), schema: correctionSchema }),
  themes: defineCollection({ loader: yamlListLoader({ pattern: 'content/themes.yaml', positionField: 'position' }), schema: themeSchema }),
  anchors: defineCollection({ loader: yamlListLoader({ pattern: 'content/anchors.yaml' }), schema: registeredPageSchema }),
};
