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

/** People are Persons, outlets and organisations Organizations; a loose group of people is just named. */
function agent(person: Person): JsonLd {
  const { name, kind } = person.data;
  if (kind === 'person') return { '@type': 'Person', name };
  if (kind === 'group') return { name };
  return organisation(name);
}

export interface PageUrls {
  /** The page's absolute URL. */
  url: string;
  /** The absolute URL of the page's share card. */
  image: string;
  /** The site's home page. */
  home: string;
}

/** A correction of this copy, as listed on /about/ (`url` is its entry there). */
interface CorrectionLink {
  date: string;
  summary: string;
  url: string;
}

/** `corrections` newest first: the newest is when the page was last modified. */
export function articleJsonLd(article: Article, { url, image, home }: PageUrls, corrections: readonly CorrectionLink[] = []): JsonLd {
  const { data } = article;
  const type = ARTICLE_TYPES[data.kind];
  const onlineDate = data.dates.find((entry) => entry.meaning === 'published-online')?.date;
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
    publisher: organisation(SITE_NAME, home),
    isBasedOn: original,
    ...(corrections.length > 0
      ? {
          dateModified: corrections[0]!.date,
          correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.summary, datePublished: correction.date, url: correction.url })),
        }
      : {}),
  };
}

export interface ClaimUrls extends PageUrls {
  /** The absolute URL of the claim's passage in its article (`…/articles/<id>/#claim-<id>`). */
  passage: string;
}

/** A Claim, and when it is checkable and assessed, the ClaimReview of it. */
export function claimJsonLd(claim: Claim, claimant: Person, article: Article, { url, image, home, passage }: ClaimUrls): JsonLd {
  const { data } = claim;
  const described: JsonLd = {
    '@type': 'Claim',
    '@id': `${url}#claim`,
    text: data.quote,
    abstract: data.summary,
    author: agent(claimant),
    // The passage here: the outlet's words, in this site's copy.
    appearance: {
      '@type': ARTICLE_TYPES[article.data.kind],
      url: passage,
      headline: article.data.headline,
      author: organisation(article.data.outlet),
      publisher: organisation(SITE_NAME, home),
    },
  };
  if (!data.assessment || !CHECKABLE_TYPES.has(data.type)) return { '@context': CONTEXT, ...described, url, image };
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    url,
    image,
    claimReviewed: data.quote,
    itemReviewed: described,
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICTS[data.assessment.verdict].label,
      ratingExplanation: data.assessment.reason,
    },
    author: organisation(SITE_NAME, home),
  };
}

/** JSON to put in a `<script type="application/…json">`: "<" escaped, so no text can close the script. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
