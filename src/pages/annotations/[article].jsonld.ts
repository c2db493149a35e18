import type { APIRoute, GetStaticPaths } from 'astro';
import { renderNote } from '../../annotate/render-note';
import { getCatalog } from '../../content/catalog';
import type { Article } from '../../content/entries';
import { CLAIM_TYPES, VERDICTS } from '../../content/vocabulary';
import { SITE_NAME } from '../../meta/site';
import { ARTICLE_BODY_SELECTOR, annotationCollection } from '../../meta/web-annotations';
import { absoluteUrl, annotationsPath, articlePath, headerLineId, homePath, passagePath } from '../../routes';

export const getStaticPaths = (async () => {
  const { articles } = await getCatalog();
  return articles.map((article) => ({ params: { article: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** The article's claims as a W3C Web Annotation collection. */
export const GET: APIRoute<{ article: Article }> = async ({ props: { article }, site }) => {
  const catalog = await getCatalog();
  const articleUrl = absoluteUrl(articlePath(article.id), site);
  const collection = annotationCollection({
    id: absoluteUrl(annotationsPath(article.id), site),
    label: `Claims in “${article.data.headline}” (${article.data.outlet})`,
    creator: { id: absoluteUrl(homePath, site), name: SITE_NAME },
    annotations: catalog.claimsIn(article.id).map((claim) => {
      const { data } = claim;
      return {
        claimUrl: absoluteUrl(passagePath(claim), site),
        articleUrl,
        location: claim.location,
        container: claim.location.in === 'body' ? ARTICLE_BODY_SELECTOR : `#${headerLineId(claim.location.in)}`,
        typeLabel: CLAIM_TYPES[data.type].label,
        claimant: catalog.person(data.claimant).data.name,
        summary: data.summary,
        noteHtml: renderNote(data.note),
        assessment: data.assessment && `${VERDICTS[data.assessment.verdict].label}: ${data.assessment.reason}`,
        language: article.data.language,
      };
    }),
  });
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
