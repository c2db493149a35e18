import type { ClaimLocation } from '../annotate/rehype-claim-marks';
import type { ArticleData } from './schemas/article';
import type { ClaimData } from './schemas/claim';
import type { CorrectionData } from './schemas/correction';
import type { EventData } from './schemas/event';
import type { FigureSeriesData } from './schemas/figure';
import type { PersonData } from './schemas/person';
import type { SourceData } from './schemas/source';
import type { ThemeData } from './schemas/theme';

/**
 * What the catalog hands on: each entry of content/ as its id, its data (the
 * schema's output, src/content/schemas/) and, for messages, the file it came from.
 * Every module past the catalog speaks of these, never of Astro's collection entries.
 */
export interface Entry<Data> {
  id: string;
  data: Data;
  filePath?: string | undefined;
}

export type Article = Entry<ArticleData>;
export type Person = Entry<PersonData>;
export type Source = Entry<SourceData>;
export type SiteEvent = Entry<EventData>;
export type FigureSeries = Entry<FigureSeriesData>;
export type Correction = Entry<CorrectionData>;
export type Theme = Entry<ThemeData>;

/** A claim as it is read: found in its article's text, and numbered in it. */
export interface Claim extends Entry<ClaimData> {
  /** Its place among its article's claims, where their passages start: what markers, notes and print show. */
  number: number;
  /** Where its quote was found in the article's text, with W3C selector data. */
  location: ClaimLocation;
}

/** A claim related to another (claims/relations.ts): the same subject in another piece. */
export interface RelatedClaim<Related = Claim> {
  claim: Related;
  relation: ClaimData['related'][number]['relation'];
  note: string | undefined;
}
