import type { APIRoute, GetStaticPaths } from 'astro';
import { ASSESSMENTS, CLAIM_TYPES } from '../../content.config';
import { getCatalog, type Article } from '../../data/catalog';
import { SITE_NAME } from '../../lib/site';
import { absoluteUrl } from '../../lib/urls';
import { annotationCollection } from '../../lib/web-annotations';
import { annotateArticle } from '../../markdown/annotate-article';
import { renderNote } from '../../markdown/render-note';

export const getStaticPaths = (async () => {
  const { articles } = await getCatalog();
  return articles.map((article) => ({ params: { article: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** The article's claims as a W3C Web Annotation collection. */
export const GET: APIRoute<{ article: Article }> = async ({ props: { article }, site }) => {
  const catalog = await getCatalog();
  const { anchors } = await annotateArticle(article);
  const articleUrl = absoluteUrl(`/articles/${article.id}/`, site);
  const collection = annotationCollection({
    id: absoluteUrl(`/annotations/${article.id}.jsonld`, site),
    label: `Claims in “${article.data.headline}” (${article.data.outlet})`,
    creator: { id: absoluteUrl('/', site), name: SITE_NAME },
    annotations: anchors.map((anchor) => {
      const { data } = catalog.claim(anchor.id);
      return {
        claimUrl: `${articleUrl}#claim-${anchor.id}`,
        articleUrl,
        anchor,
        typeLabel: CLAIM_TYPES[data.type].label,
        claimant: catalog.person(data.claimant).data.name,
        summary: data.summary,
        noteHtml: renderNote(data.note),
        assessment: data.assessment && `${ASSESSMENTS[data.assessment.verdict].label}: ${data.assessment.reason}`,
        language: article.data.language,
      };
    }),
  });
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
