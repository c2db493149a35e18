import { VERDICTS, CHECKABLE_TYPES } from '../content/vocabulary';
import type { Article, Claim, Person } from '../content/entries';
import { SITE_NAME } from './site';

/**
 * schema.org descriptions of the site's pages, as JSON-LD: each piece as an
 * AnalysisNewsArticle or OpinionNewsArticle based on the original, and each claim
 * as a Claim that appears in a passage here, reviewed (ClaimReview) when it is
 * checkable and has been assessed. Only what the content records is said: no
 * guessed URL, date or author.
 */

export type JsonLd = { '@context'?: 'https://schema.org'; '@type'?: string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org' as const;

const ARTICLE_TYPES = { analysis: 'AnalysisNewsArticle', editorial: 'OpinionNewsArticle' } as const;

const organisation = (name: string, url?: string): JsonLd => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/**
 * People are Persons; outlets, organisations and groups Organizations. A group of
 * people who speak together ("US officials", "the four accused") is typed as the
 * body of people it is, so that every claimant has a type.
 */
function agent(person: Person): JsonLd {
  const { name, kind } = person.data;
  return kind === 'person' ? { '@type': 'Person', name } : organisation(name);
}

export interface PageUrls {
  /** The page's absolute URL. */
  url: string;
  /** The absolute URL of the page's share card. */
  image: string;
  /** The site's home page. */
  home: string;
  /** The absolute URL of the site's logo (its icon). */
  logo: string;
}

/** The site as publisher: named, linked and with its logo, as search engines ask of a publisher. */
const site = ({ home, logo }: PageUrls): JsonLd => ({ ...organisation(SITE_NAME, home), logo: { '@type': 'ImageObject', url: logo } });

/** A correction of this copy, as listed on /about/ (`url` is its entry there). */
interface CorrectionLink {
  date: string;
  summary: string;
  url: string;
}

/**
 * `corrections` newest first. The page was last modified at its newest correction
 * or the latest check of its claims (`lastChecked`), whichever is later.
 */
export function articleJsonLd(article: Article, urls: PageUrls, corrections: readonly CorrectionLink[] = [], lastChecked?: string): JsonLd {
  const { url, image } = urls;
  const { data } = article;
  const type = ARTICLE_TYPES[data.kind];
  const onlineDate = data.dates.find((entry) => entry.meaning === 'published-online')?.date;
  const modified = [corrections[0]?.date, lastChecked].filter((date) => date !== undefined).sort().at(-1);
  const original: JsonLd = {
    '@type': type,
    headline: data.headline,
    publisher: organisation(data.outlet),
    ...(onlineDate ? { datePublished: onlineDate } : {}),
    ...(data.source.kind === 'original' && data.source.url ? { url: data.source.url } : {}),
  };
  return {
    '@context': CONTEXT,
    '@type': type,
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.headline,
    ...(data.rubric ? { alternativeHeadline: data.rubric } : {}),
    ...(data.standfirst ? { description: data.standfirst } : {}),
    inLanguage: data.language,
    image,
    author: data.byline.signed ? { '@type': 'Person', name: data.byline.name } : organisation(data.outlet),
    publisher: site(urls),
    ...(data.publishedHere ? { datePublished: data.publishedHere } : {}),
    ...(modified ? { dateModified: modified } : {}),
    isBasedOn: original,
    ...(corrections.length > 0
      ? { correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.summary, datePublished: correction.date, url: correction.url })) }
      : {}),
  };
}

export interface ClaimUrls extends PageUrls {
  /** The absolute URL of the claim's passage in its article (`…/articles/<id>/#claim-<id>`). */
  passage: string;
}

/**
 * A Claim, and when it is checkable and assessed, the ClaimReview of it: first
 * published on the day the claim was first checked, modified on the day of its
 * latest check. The claim first appeared in the original piece, where its address
 * is known; it appears here in the passage of this site's copy.
 */
export function claimJsonLd(claim: Claim, claimant: Person, article: Article, urls: ClaimUrls): JsonLd {
  const { url, image, passage } = urls;
  const { data } = claim;
  const originalUrl = article.data.source.kind === 'original' ? article.data.source.url : undefined;
  const described: JsonLd = {
    '@type': 'Claim',
    '@id': `${url}#claim`,
    text: data.quote,
    abstract: data.summary,
    author: agent(claimant),
    ...(originalUrl
      ? { firstAppearance: { '@type': ARTICLE_TYPES[article.data.kind], url: originalUrl, headline: article.data.headline, publisher: organisation(article.data.outlet) } }
      : {}),
    appearance: {
      '@type': ARTICLE_TYPES[article.data.kind],
      url: passage,
      headline: article.data.headline,
      author: organisation(article.data.outlet),
      publisher: site(urls),
    },
  };
  if (!data.assessment || !CHECKABLE_TYPES.has(data.type)) return { '@context': CONTEXT, ...described, url, image };
  const { checked, history } = data.assessment;
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    url,
    image,
    datePublished: [checked, ...history.map((earlier) => earlier.checked)].sort()[0],
    dateModified: checked,
    claimReviewed: data.quote,
    itemReviewed: described,
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICTS[data.assessment.verdict].label,
      ratingExplanation: data.assessment.reason,
    },
    author: site(urls),
  };
}

/** JSON to put in a `<script type="application/…json">`: "<" escaped, so no text can close the script. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
