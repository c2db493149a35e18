import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../content/catalog';
import { feedItems } from '../meta/feed';
import { siteDescription, SITE_NAME } from '../meta/site';
import { absoluteUrl } from '../routes';

export const GET: APIRoute = async ({ site }) => {
  const { articles, corrections } = await getCatalog();
  const absolute = (path: string) => absoluteUrl(path, site);
  return rss({
    title: SITE_NAME,
    description: siteDescription(articles.length),
    site: absolute('/'),
    items: feedItems(articles, corrections, absolute),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
